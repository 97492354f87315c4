package dev.warden.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The files-only rendering that the checks fall back on without kubectl gives what kubectl kustomize gives,
 * but for the hash suffixes of generated names, so the fallback checks the same objects.
 */
class FileOverlayTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theFilesOnlyRenderingEqualsKubectlKustomize() {
        assumeTrue(Rendering.kubectl().isPresent(), "kubectl is not on the PATH: nothing to compare the files-only rendering with");
        Map<String, List<Rendering>> byOverlay = new TreeMap<>();
        Rendering.all().forEach(r -> byOverlay.computeIfAbsent(r.overlay(), o -> new ArrayList<>()).add(r));
        byOverlay.values().forEach(FileOverlayTest::assertSameObjects);
    }

    /** The kubectl and the files-only rendering of one overlay hold the same objects, but for hash suffixes. */
    static void assertSameObjects(List<Rendering> renderings) {
        Rendering kubectl = renderings.stream().filter(r -> r.how().equals(Rendering.KUBECTL)).findFirst().orElseThrow();
        Rendering files = renderings.stream().filter(r -> r.how().equals(Rendering.FILES)).findFirst().orElseThrow();
        String unhashed = withoutHashSuffixes(kubectl);
        assertEquals(normalised(files.objects(), null), normalised(kubectl.objects(), unhashed), kubectl.overlay());
    }

    /** kubectl's objects as JSON with every generated name (NAME-0123456789) back to NAME. */
    private static String withoutHashSuffixes(Rendering kubectl) {
        return kubectl.objects().stream().filter(o -> o.getKind().equals("ConfigMap") || o.getKind().equals("Secret"))
                .map(o -> o.getMetadata().getName()).filter(n -> n.matches(".*-[a-z0-9]{10}"))
                .reduce("", (a, n) -> a + "\n" + n);
    }

    private static String normalised(List<HasMetadata> objects, String generatedNames) {
        List<String> docs = new ArrayList<>();
        for (HasMetadata o : objects) {
            String json = JSON.valueToTree(o).toString();
            if (generatedNames != null) {
                for (String name : generatedNames.split("\n")) {
                    if (!name.isEmpty()) json = json.replace("\"" + name + "\"", "\"" + name.substring(0, name.length() - 11) + "\"");
                }
            }
            JsonNode doc = read(json);
            // kustomize wraps long base64 lines (ConfigMap binaryData, Secret data); the content is the same.
            for (String field : List.of("binaryData", "data")) {
                boolean base64 = field.equals("binaryData") || "Secret".equals(doc.path("kind").asText());
                if (base64 && doc.path(field) instanceof ObjectNode values) {
                    values.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText().replaceAll("\\s", "")));
                }
            }
            docs.add(pretty(sortLists(doc)));
        }
        docs.sort(Comparator.naturalOrder());
        return String.join("\n---\n", docs);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lists of objects in a canonical order: strategic merge may put a patch's new items elsewhere than kustomize. */
    private static JsonNode sortLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> object.set(e.getKey(), sortLists(e.getValue())));
        } else if (node instanceof ArrayNode array) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(item -> items.add(sortLists(item)));
            if (!items.stream().allMatch(JsonNode::isObject)) return node;
            items.sort(Comparator.comparing(JsonNode::toString));
            array.removeAll();
            items.forEach(array::add);
        }
        return node;
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.treeToValue(node, Object.class));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
