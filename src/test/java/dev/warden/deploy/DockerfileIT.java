package dev.warden.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * After {@code ./mvnw package}: every path the Dockerfile copies exists and reaches the build context, and the
 * image those copies make can start: the jar JAVA_APP_JAR names, its Class-Path, the Quarkus application
 * model, every file of the packaged app, and every rule file under WARDEN_RULES_DIR. (.dockerignore may leave
 * single files of a copied folder out, as it does rules/kustomization.yaml; these checks say what must stay.)
 */
class DockerfileIT {
    private static final Dockerfile DOCKERFILE = DockerfileTest.DOCKERFILE;
    private static final DockerIgnore IGNORE = DockerfileTest.IGNORE;

    @Test
    void everyPathTheDockerfileCopiesExistsAndIsInTheBuildContext() {
        Problems p = new Problems("Dockerfile");
        for (Dockerfile.Copy copy : DOCKERFILE.copies()) {
            for (String source : copy.sources()) {
                List<Path> matches = matches(source);
                String where = "line " + copy.line() + ": " + source;
                if (!p.check(!matches.isEmpty(), where + " matches nothing (run ./mvnw package first)")) continue;
                for (Path match : matches) {
                    List<String> sent = files(match).stream().map(Repo::relative).filter(f -> !IGNORE.excludes(f)).toList();
                    p.check(!sent.isEmpty(), where + ": " + Repo.relative(match)
                            + " is empty or left out of the build context by .dockerignore");
                }
            }
        }
        p.assertNone();
    }

    @Test
    void theImageHoldsTheRunnerJarItsClassPathTheApplicationModelAndTheRules() throws IOException {
        Map<String, Path> image = imageFiles();
        Map<String, String> env = DOCKERFILE.env();
        Problems p = new Problems("the image the Dockerfile builds");

        String jar = env.get("JAVA_APP_JAR");
        if (p.check(jar != null && image.containsKey(jar), "JAVA_APP_JAR " + jar + " is not in the image")) {
            try (JarFile runner = new JarFile(image.get(jar).toFile())) {
                Manifest manifest = runner.getManifest();
                p.check(manifest != null && manifest.getMainAttributes().getValue("Main-Class") != null, jar + " has no Main-Class");
                String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                String dir = jar.substring(0, jar.lastIndexOf('/') + 1);
                for (String entry : classPath == null ? new String[0] : classPath.trim().split("\\s+")) {
                    p.check(image.containsKey(dir + entry), jar + " needs " + dir + entry + " on its Class-Path; no COPY puts it there");
                }
            }
            String dir = jar.substring(0, jar.lastIndexOf('/') + 1);
            p.check(image.containsKey(dir + "quarkus/quarkus-application.dat"),
                    "no " + dir + "quarkus/quarkus-application.dat: the fast-jar runner cannot start without it");
        }

        // The whole packaged app, but the dependency list that is only for people to read.
        Path app = Repo.ROOT.resolve("target/quarkus-app");
        for (Path file : files(app)) {
            String inApp = app.relativize(file).toString().replace('\\', '/');
            if (inApp.equals("quarkus-app-dependencies.txt")) continue;
            p.check(image.containsValue(file), "target/quarkus-app/" + inApp + " does not reach the image");
        }

        String rulesDir = env.get("WARDEN_RULES_DIR");
        for (String rule : Repo.rulesFiles().keySet()) {
            p.check(image.containsKey(rulesDir + "/" + rule), "rules/" + rule + " is not at " + rulesDir + "/" + rule + " in the image");
        }
        p.assertNone();
    }

    /** Where each file of the build context lands in the image, as COPY places it. */
    private static Map<String, Path> imageFiles() {
        Map<String, Path> image = new TreeMap<>();
        for (Dockerfile.Copy copy : DOCKERFILE.copies()) {
            String destination = copy.destination();
            for (String source : copy.sources()) {
                for (Path match : matches(source)) {
                    for (Path file : files(match)) {
                        if (IGNORE.excludes(Repo.relative(file))) continue;
                        String target = Files.isDirectory(match)
                                ? join(destination, match.relativize(file).toString())
                                : destination.endsWith("/") ? join(destination, file.getFileName().toString()) : destination;
                        image.put(target, file);
                    }
                }
            }
        }
        return image;
    }

    private static String join(String dir, String name) {
        return dir.replaceAll("/+$", "") + "/" + name.replace('\\', '/');
    }

    /** The paths of the build context that a COPY source names, globs (*, ?, [..]) expanded as Docker does. */
    private static List<Path> matches(String source) {
        String pattern = source.replaceAll("^\\./", "").replaceAll("/+$", "");
        if (!pattern.matches(".*[*?\\[].*")) {
            Path path = Repo.ROOT.resolve(pattern);
            return Files.exists(path) ? List.of(path) : List.of();
        }
        String fixed = pattern.substring(0, pattern.replaceAll("[*?\\[].*$", "").lastIndexOf('/') + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Path base = Repo.ROOT.resolve(fixed.isEmpty() ? "." : fixed);
        if (!Files.isDirectory(base)) return List.of();
        int depth = (int) pattern.chars().filter(ch -> ch == '/').count() - (int) fixed.chars().filter(ch -> ch == '/').count() + 1;
        try (Stream<Path> walk = Files.walk(base, depth)) {
            return walk.filter(path -> matcher.matches(Path.of(Repo.relative(path)))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path match) {
        if (!Files.isDirectory(match)) return List.of(match);
        try (Stream<Path> walk = Files.walk(match)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
