package dev.warden.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * One overlay of k8s/overlays as a list of Kubernetes objects: rendered by {@code kubectl kustomize} when kubectl
 * is on the PATH, and always also assembled by {@link FileOverlay} from the files, so that the checks run on a
 * machine without kubectl too.
 */
record Rendering(String overlay, String how, List<HasMetadata> objects, String error) {

    static final String KUBECTL = "kubectl kustomize";
    static final String FILES = "files under k8s/, merged by the test";

    /** The rendered objects; fails the test at hand if this overlay could not be rendered or parsed. */
    @Override
    public List<HasMetadata> objects() {
        if (error != null) throw new AssertionError(this + " could not be checked:\n" + error);
        return objects;
    }

    @Override
    public String toString() {
        return overlay + " (" + how + ")";
    }

    /** Every overlay, once per way of rendering it (rendered once per test run). */
    static List<Rendering> all() {
        return Cache.ALL;
    }

    private static final class Cache {
        static final List<Rendering> ALL = renderAll();
    }

    private static List<Rendering> renderAll() {
        if (kubectl().isEmpty()) {
            System.out.println("[deploy] kubectl is not on the PATH (or -Dwarden.deploy.kubectl=none): the overlays are checked as merged from the files"
                    + " under k8s/ only, not as kubectl kustomize renders them.");
        }
        List<Rendering> all = new ArrayList<>();
        for (Path overlay : overlays()) all.addAll(of(overlay));
        return all;
    }

    /** One overlay folder (which may lie outside this repository), by kubectl if there is one, and by the files. */
    static List<Rendering> of(Path overlay) {
        List<Rendering> renderings = new ArrayList<>();
        String name = overlay.getFileName().toString();
        String where = Repo.relative(overlay);
        kubectl().ifPresent(k -> renderings.add(render(name, KUBECTL,
                () -> KubeYaml.toModels(KubeYaml.documents(kustomize(k, overlay), KUBECTL + " " + where), KUBECTL + " " + where))));
        renderings.add(render(name, FILES, () -> KubeYaml.toModels(FileOverlay.render(overlay), where)));
        return renderings;
    }

    private static Rendering render(String overlay, String how, Supplier<List<HasMetadata>> objects) {
        try {
            return new Rendering(overlay, how, objects.get(), null);
        } catch (AssertionError | RuntimeException e) {
            return new Rendering(overlay, how, List.of(), e.getMessage());
        }
    }

    static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(Repo.K8S.resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kubectl from the PATH; -Dwarden.deploy.kubectl=none checks as if there were none. */
    static Optional<Path> kubectl() {
        if ("none".equals(System.getProperty("warden.deploy.kubectl"))) return Optional.empty();
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String kustomize(Path kubectl, Path overlay) {
        try {
            Path out = Files.createTempFile("kustomize-", ".yaml");
            Path err = Files.createTempFile("kustomize-", ".err");
            try {
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + Repo.relative(overlay) + " did not finish in 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + Repo.relative(overlay) + " failed:\n" + Files.readString(err));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this + ": no " + kind.getSimpleName() + " " + name));
    }

    /** The pod templates of every workload, by "Kind name". */
    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(Deployment.class).forEach(d -> workloads.add(new Workload(d, d.getSpec().getTemplate(), Set.of())));
        all(StatefulSet.class).forEach(s -> workloads.add(new Workload(s, s.getSpec().getTemplate(),
                s.getSpec().getVolumeClaimTemplates().stream().map(pvc -> pvc.getMetadata().getName()).collect(Collectors.toSet()))));
        return workloads;
    }

    /** The Warden Deployment and its application container. */
    Deployment warden() {
        return get(Deployment.class, "warden");
    }

    Container wardenContainer() {
        return warden().getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("warden")).findFirst()
                .orElseThrow(() -> new AssertionError(this + ": Deployment warden has no container warden"));
    }

    /** A Deployment or StatefulSet: its pod template, and the names of its volume claim templates. */
    record Workload(HasMetadata owner, PodTemplateSpec template, Set<String> claims) {
        String name() {
            return owner.getKind() + " " + owner.getMetadata().getName();
        }
    }
}
