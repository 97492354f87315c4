package dev.warden.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * YAML documents and the fabric8 Kubernetes model, strictly: a kind without a model here is an error, and so is
 * any field the model does not know. fabric8 keeps unknown fields in {@code additionalProperties} instead of
 * failing, so every object of the parsed graph is walked and any non-empty {@code additionalProperties} fails.
 */
final class KubeYaml {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** apiVersion/kind of every kind Warden's manifests may use. */
    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private KubeYaml() {
    }

    /** The documents of a YAML stream, without empty ones. */
    static List<ObjectNode> documents(String yaml, String where) {
        List<ObjectNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc == null || doc.isNull() || doc.isMissingNode()) continue;
                if (!doc.isObject()) throw new IllegalArgumentException(where + ": a document is not a mapping: " + doc);
                docs.add((ObjectNode) doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": not YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static List<ObjectNode> documents(Path file) {
        return documents(Repo.read(file), Repo.relative(file));
    }

    /** The one document of a file such as a kustomization. */
    static ObjectNode document(Path file) {
        List<ObjectNode> docs = documents(file);
        if (docs.size() != 1) throw new IllegalArgumentException(Repo.relative(file) + ": expected one document, found " + docs.size());
        return docs.get(0);
    }

    /** The document as its fabric8 model; fails on a kind without a model and on any unknown field. */
    static HasMetadata toModel(ObjectNode doc, String where) {
        String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        Class<? extends HasMetadata> model = MODELS.get(type);
        if (model == null) {
            throw new AssertionError(where + ": no Kubernetes model for " + type + " (known: " + MODELS.keySet() + ")");
        }
        HasMetadata object;
        try {
            object = JSON.treeToValue(doc, model);
        } catch (JsonProcessingException e) {
            throw new AssertionError(where + ": " + type + " does not fit the model: " + e.getOriginalMessage(), e);
        }
        String name = object.getMetadata() == null ? "?" : object.getMetadata().getName();
        List<String> unknown = unknownFields(object, doc.path("kind").asText() + " " + name);
        if (!unknown.isEmpty()) throw new AssertionError(where + ": unknown fields:\n  " + String.join("\n  ", unknown));
        return object;
    }

    static List<HasMetadata> toModels(List<ObjectNode> docs, String where) {
        return docs.stream().map(doc -> toModel(doc, where)).toList();
    }

    /** Every non-empty additionalProperties in the object graph, as path: field names. */
    static List<String> unknownFields(Object root, String rootPath) {
        List<String> found = new ArrayList<>();
        walk(root, rootPath, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object value, String path, List<String> found, Set<Object> seen) {
        if (value == null) return;
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) walk(item, path + "[" + i++ + "]", found, seen);
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, found, seen));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model") || !seen.add(value)) return;
        for (Method getter : value.getClass().getMethods()) {
            if (!isModelGetter(getter)) continue;
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(path + ": cannot read " + getter.getName(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) found.add(path + ": " + extra.keySet());
            } else {
                walk(child, path + "." + property(getter.getName()), found, seen);
            }
        }
    }

    private static boolean isModelGetter(Method m) {
        return m.getName().startsWith("get") && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                && !m.isDefault() && !m.getName().equals("getNumericalAmount")
                && m.getDeclaringClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model");
    }

    private static String property(String getter) {
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }
}
