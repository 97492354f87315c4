package dev.warden.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A kustomization assembled from its files without kustomize: resources (files and folders, recursively),
 * ConfigMap and Secret generators, patches, namespace, labels and images. Patches merge the way strategic merge
 * does for the fields Warden uses: maps recursively, lists of objects by their merge key (name, mountPath,
 * containerPort, topologyKey), other lists replaced. Generated names get no hash suffix, and references keep
 * them, so the result is consistent. Fields outside {@link #KNOWN} fail, so this never silently ignores a
 * feature that the overlays start to use.
 */
final class FileOverlay {
    static final Set<String> KNOWN = Set.of("apiVersion", "kind", "namespace", "labels", "resources", "patches",
            "images", "configMapGenerator", "secretGenerator", "generatorOptions");
    private static final List<String> MERGE_KEYS = List.of("name", "mountPath", "containerPort", "topologyKey");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FileOverlay() {
    }

    static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        ObjectNode k = KubeYaml.document(file);
        k.fieldNames().forEachRemaining(field -> {
            if (!KNOWN.contains(field)) {
                throw new AssertionError(Repo.relative(file) + ": field " + field + " is not supported by FileOverlay");
            }
        });
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path resource = dir.resolve(r.asText()).normalize();
            out.addAll(Files.isDirectory(resource) ? render(resource) : KubeYaml.documents(resource));
        }
        for (JsonNode g : k.path("configMapGenerator")) out.add(generate(dir, g, "ConfigMap", k.path("generatorOptions")));
        for (JsonNode g : k.path("secretGenerator")) out.add(generate(dir, g, "Secret", k.path("generatorOptions")));
        for (JsonNode p : k.path("patches")) {
            Path patchFile = dir.resolve(p.path("path").asText());
            for (ObjectNode patch : KubeYaml.documents(patchFile)) merge(target(out, patch, patchFile), patch);
        }
        for (JsonNode l : k.path("labels")) {
            out.forEach(o -> l.path("pairs").properties().forEach(e -> metadata(o).withObjectProperty("labels").set(e.getKey(), e.getValue())));
        }
        if (k.hasNonNull("namespace")) {
            out.stream().filter(o -> !o.path("kind").asText().equals("Namespace"))
                    .forEach(o -> metadata(o).put("namespace", k.get("namespace").asText()));
        }
        for (JsonNode image : k.path("images")) out.forEach(o -> setImage(o, image));
        return out;
    }

    private static ObjectNode generate(Path dir, JsonNode g, String kind, JsonNode options) {
        ObjectNode object = NODES.objectNode().put("apiVersion", "v1").put("kind", kind);
        ObjectNode meta = object.putObject("metadata").put("name", g.path("name").asText());
        if (options.has("labels")) meta.set("labels", options.get("labels").deepCopy());
        ObjectNode data = NODES.objectNode();
        ObjectNode binary = NODES.objectNode();
        for (JsonNode literal : g.path("literals")) put(data, binary, kind, keyValue(literal.asText()));
        for (JsonNode env : g.path("envs")) {
            for (String line : Repo.read(dir.resolve(env.asText())).split("\n")) {
                if (!line.isBlank() && !line.strip().startsWith("#")) put(data, binary, kind, keyValue(line.strip()));
            }
        }
        for (JsonNode source : g.path("files")) {
            String spec = source.asText();
            int eq = spec.indexOf('=');
            Path path = dir.resolve(eq < 0 ? spec : spec.substring(eq + 1));
            String key = eq < 0 ? path.getFileName().toString() : spec.substring(0, eq);
            try {
                putBytes(data, binary, kind, key, Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(Repo.relative(dir) + ": generator " + g.path("name").asText() + ": " + e.getMessage(), e);
            }
        }
        if (!data.isEmpty()) object.set("data", data);
        if (!binary.isEmpty()) object.set("binaryData", binary);
        if (kind.equals("Secret")) object.put("type", "Opaque");
        return object;
    }

    private static Map.Entry<String, String> keyValue(String line) {
        int eq = line.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("not KEY=VALUE: " + line);
        return Map.entry(line.substring(0, eq), line.substring(eq + 1));
    }

    private static void put(ObjectNode data, ObjectNode binary, String kind, Map.Entry<String, String> kv) {
        putBytes(data, binary, kind, kv.getKey(), kv.getValue().getBytes(StandardCharsets.UTF_8));
    }

    /** As kustomize: Secret values base64 in data; ConfigMap values as text, or base64 in binaryData if not UTF-8. */
    private static void putBytes(ObjectNode data, ObjectNode binary, String kind, String key, byte[] bytes) {
        if (kind.equals("Secret")) {
            data.put(key, Base64.getEncoder().encodeToString(bytes));
            return;
        }
        try {
            data.put(key, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            binary.put(key, Base64.getEncoder().encodeToString(bytes));
        }
    }

    private static ObjectNode target(List<ObjectNode> objects, ObjectNode patch, Path patchFile) {
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(Repo.relative(patchFile) + ": patches " + kind + " " + name + ", which is not there"));
    }

    static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            JsonNode current = target.get(field.getKey());
            JsonNode change = field.getValue();
            if (current instanceof ObjectNode currentObject && change instanceof ObjectNode changeObject) {
                merge(currentObject, changeObject);
            } else if (current instanceof ArrayNode currentList && change instanceof ArrayNode changeList
                    && mergeKey(currentList, changeList) != null) {
                mergeLists(currentList, changeList, mergeKey(currentList, changeList));
            } else {
                target.set(field.getKey(), change.deepCopy());
            }
        }
    }

    private static String mergeKey(ArrayNode current, ArrayNode change) {
        for (String key : MERGE_KEYS) {
            boolean all = true;
            for (JsonNode item : current) all &= item.has(key);
            for (JsonNode item : change) all &= item.has(key);
            if (all && !change.isEmpty()) return key;
        }
        return null;
    }

    private static void mergeLists(ArrayNode current, ArrayNode change, String key) {
        for (JsonNode item : change) {
            ObjectNode same = null;
            for (JsonNode existing : current) {
                if (existing.get(key).equals(item.get(key))) same = (ObjectNode) existing;
            }
            if (same != null) merge(same, (ObjectNode) item);
            else current.add(item.deepCopy());
        }
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.withObjectProperty("metadata");
    }

    private static void setImage(ObjectNode object, JsonNode image) {
        String name = image.path("name").asText();
        for (JsonNode containers : object.findValues("containers")) {
            for (JsonNode c : containers) {
                String current = c.path("image").asText();
                if (!current.equals(name) && !current.startsWith(name + ":") && !current.startsWith(name + "@")) continue;
                String tag = image.has("digest") ? "@" + image.get("digest").asText()
                        : image.has("newTag") ? ":" + image.get("newTag").asText()
                        : current.substring(name.length());
                ((ObjectNode) c).put("image", image.path("newName").asText(name) + tag);
            }
        }
    }
}
