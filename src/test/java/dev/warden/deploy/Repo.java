package dev.warden.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.warden.rules.RuleFile;
import dev.warden.rules.RuleSources;

/** The repository the tests run in, and the files of its rules folder as Warden reads them. */
final class Repo {
    static final Path ROOT = findRoot();
    static final Path RULES = ROOT.resolve("rules");
    static final Path K8S = ROOT.resolve("k8s");
    /** The kustomization that turns rules/ into ConfigMaps: deployment metadata, not part of the rule set. */
    static final String RULES_KUSTOMIZATION = "kustomization.yaml";

    private Repo() {
    }

    /**
     * Every file of rules/ by its path relative to the folder, read the way Warden reads it ({@link RuleSources}:
     * links followed, hidden entries skipped), less the rules kustomization.
     */
    static Map<String, byte[]> rulesFiles() {
        return rulesFiles(RULES);
    }

    static Map<String, byte[]> rulesFiles(Path rules) {
        Map<String, byte[]> files = new TreeMap<>();
        for (RuleFile file : RuleSources.readFolder(rules).files()) {
            if (!file.path().equals(RULES_KUSTOMIZATION)) files.put(file.path(), file.content());
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path path) {
        return ROOT.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("rules"))) return dir;
        }
        throw new IllegalStateException("no repository root (pom.xml beside rules/) above " + Path.of("").toAbsolutePath());
    }
}
