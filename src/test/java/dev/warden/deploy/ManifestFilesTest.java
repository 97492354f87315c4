package dev.warden.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The files under k8s/ as written: each parses with the Kubernetes model, and each is used by a kustomization. */
class ManifestFilesTest {

    @Test
    void everyManifestFileParsesWithTheKubernetesModelAndHasNoUnknownField() throws IOException {
        List<Path> manifests = yamlFiles().stream().filter(p -> !isKustomization(p)).toList();
        assertFalse(manifests.isEmpty(), "no manifests under k8s/");
        Problems problems = new Problems("k8s/ manifests");
        for (Path file : manifests) {
            try {
                List<ObjectNode> docs = KubeYaml.documents(file);
                problems.check(!docs.isEmpty(), Repo.relative(file) + ": no document");
                KubeYaml.toModels(docs, Repo.relative(file));
            } catch (AssertionError | RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        problems.assertNone();
    }

    @Test
    void everyKustomizationUsesOnlyFieldsTheTestsUnderstand() throws IOException {
        Problems problems = new Problems("kustomizations");
        for (Path file : kustomizations()) {
            KubeYaml.document(file).fieldNames().forEachRemaining(field -> problems.check(FileOverlay.KNOWN.contains(field),
                    Repo.relative(file) + ": field " + field + " (teach FileOverlay about it, or the files-only check misses it)"));
        }
        problems.assertNone();
    }

    /** A manifest that no kustomization names would never be applied, however correct it looks. */
    @Test
    void everyFileUnderK8sIsUsedByAKustomization() throws IOException {
        Set<Path> used = new HashSet<>();
        for (Path file : kustomizations()) {
            Path dir = file.getParent();
            ObjectNode k = KubeYaml.document(file);
            k.path("resources").forEach(r -> used.add(dir.resolve(r.asText()).normalize()));
            k.path("patches").forEach(p -> used.add(dir.resolve(p.path("path").asText()).normalize()));
            for (String generator : List.of("configMapGenerator", "secretGenerator")) {
                for (JsonNode g : k.path(generator)) {
                    g.path("envs").forEach(e -> used.add(dir.resolve(e.asText()).normalize()));
                    g.path("files").forEach(f -> used.add(dir.resolve(f.asText().replaceFirst("^[^=]*=", "")).normalize()));
                }
            }
        }
        Problems problems = new Problems("k8s/");
        try (Stream<Path> walk = Files.walk(Repo.K8S)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isKustomization(p) && !p.getFileName().toString().endsWith(".md")
                            && !p.equals(Repo.K8S.resolve("sync-rules")))
                    .forEach(p -> problems.check(used.contains(p.toAbsolutePath().normalize()),
                            Repo.relative(p) + " is named by no kustomization"));
        }
        problems.assertNone();
    }

    static List<Path> kustomizations() throws IOException {
        List<Path> all = new java.util.ArrayList<>(yamlFiles().stream().filter(ManifestFilesTest::isKustomization).toList());
        all.add(Repo.RULES.resolve(Repo.RULES_KUSTOMIZATION));
        return all;
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Repo.K8S)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    private static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }
}
