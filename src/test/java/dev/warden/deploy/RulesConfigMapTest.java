package dev.warden.deploy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeProjection;

/**
 * The pods see exactly the rules folder: the volume mounted at WARDEN_RULES_DIR projects, from the rules
 * ConfigMaps, every file of rules/ at its relative path with its exact bytes, and nothing else.
 */
class RulesConfigMapTest {
    /** etcd refuses objects above about 1.5 MiB and the API server ConfigMaps above 1 MiB; keep a margin. */
    static final int CONFIGMAP_BUDGET_BYTES = 1_000_000;
    static final String HINT = " (after adding, removing or renaming a rule file, run k8s/sync-rules)";

    @ParameterizedTest(name = "{0}")
    @MethodSource(ManifestPolicyTest.SOURCE)
    void theRulesVolumeAtWardenRulesDirHoldsEveryFileOfRulesAtItsPath(Rendering r) {
        Problems p = new Problems(r);
        compare(Repo.rulesFiles(), projectedRules(r, p), p);
        p.assertNone();
    }

    /** The files the pods see at WARDEN_RULES_DIR, by path under it, as the rendering projects them. */
    static Map<String, byte[]> projectedRules(Rendering r, Problems p) {
        Map<String, byte[]> projected = new TreeMap<>();
        Container c = r.wardenContainer();
        Optional<String> rulesDir = ManifestPolicyTest.env(c, "WARDEN_RULES_DIR");
        if (!p.check(rulesDir.isPresent(), "WARDEN_RULES_DIR is not set on the warden container")) return projected;
        VolumeMount mount = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(rulesDir.get())).findFirst().orElse(null);
        if (!p.check(mount != null, "nothing is mounted at WARDEN_RULES_DIR " + rulesDir.get())) return projected;
        p.check(Boolean.TRUE.equals(mount.getReadOnly()), "the rules mount is not readOnly");
        p.check(mount.getSubPath() == null, "the rules mount uses subPath, which never sees ConfigMap updates");
        Volume volume = r.warden().getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        if (!p.check(volume.getProjected() != null, "the rules volume is not a projected volume of the rules ConfigMaps")) {
            return projected;
        }
        for (VolumeProjection source : volume.getProjected().getSources()) {
            if (!p.check(source.getConfigMap() != null, "the rules volume projects something other than a ConfigMap")) continue;
            String name = source.getConfigMap().getName();
            Optional<ConfigMap> cm = r.find(ConfigMap.class, name);
            if (!p.check(cm.isPresent(), "the rules volume projects ConfigMap " + name + ", which is not rendered")) continue;
            List<KeyToPath> items = Objects.requireNonNullElse(source.getConfigMap().getItems(), List.of());
            p.check(!items.isEmpty(), "ConfigMap " + name + " is projected without items, so its keys would land at the top of the folder");
            p.check(size(cm.get()) <= CONFIGMAP_BUDGET_BYTES, "ConfigMap " + name + " holds " + size(cm.get())
                    + " bytes, above the " + CONFIGMAP_BUDGET_BYTES + " a ConfigMap may carry; split the folder");
            for (KeyToPath item : items) {
                byte[] content = content(cm.get(), item.getKey());
                if (!p.check(content != null, "ConfigMap " + name + " has no key " + item.getKey())) continue;
                p.check(projected.put(item.getPath(), content) == null, "two items project to " + item.getPath());
            }
        }
        return projected;
    }

    /** The projected files are exactly the expected ones, byte for byte. */
    static void compare(Map<String, byte[]> expected, Map<String, byte[]> projected, Problems p) {
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(projected.keySet());
        TreeSet<String> extra = new TreeSet<>(projected.keySet());
        extra.removeAll(expected.keySet());
        p.check(missing.isEmpty(), "files of rules/ that the pods would not see: " + missing + HINT);
        p.check(extra.isEmpty(), "files the pods would see that rules/ no longer has: " + extra + HINT);
        expected.forEach((path, bytes) -> {
            byte[] seen = projected.get(path);
            p.check(seen == null || Arrays.equals(seen, bytes), "rules/" + path + " differs from what the ConfigMap holds");
        });
    }

    private static byte[] content(ConfigMap cm, String key) {
        if (cm.getData() != null && cm.getData().containsKey(key)) return cm.getData().get(key).getBytes(StandardCharsets.UTF_8);
        if (cm.getBinaryData() != null && cm.getBinaryData().containsKey(key)) {
            // kustomize wraps long base64 lines, which Kubernetes (Go's decoder) accepts.
            return Base64.getMimeDecoder().decode(cm.getBinaryData().get(key));
        }
        return null;
    }

    private static long size(ConfigMap cm) {
        return ManifestPolicyTest.keys(cm).stream().mapToLong(k -> content(cm, k).length).sum();
    }
}
