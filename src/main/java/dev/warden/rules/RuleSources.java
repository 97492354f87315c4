package dev.warden.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * The files of one rule set as read from a folder, with a content hash that names the version. The hash covers
 * every file that changes behaviour (rules, tables, lists), path and bytes, so the same folder always has the
 * same version wherever it is loaded.
 */
public record RuleSources(String origin, List<RuleFile> files) {

    public static RuleSources readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("Rules folder not found: " + folder.toAbsolutePath()));
        }
        List<RuleFile> files = new ArrayList<>();
        // Kubernetes ConfigMap volumes keep the real files under ..data/ and link them from the top; hidden
        // entries are its bookkeeping, so follow links and skip anything whose name starts with a dot.
        try (Stream<Path> walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path relative = folder.relativize(path);
                if (!Files.isRegularFile(path) || isHidden(relative)) continue;
                files.add(new RuleFile(relative.toString().replace('\\', '/'), Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules folder " + folder.toAbsolutePath(), e);
        }
        return new RuleSources(folder.toAbsolutePath().toString(), sorted(files));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static List<RuleFile> sorted(List<RuleFile> files) {
        files.sort(Comparator.comparing(RuleFile::path));
        return List.copyOf(files);
    }

    /** The files that define behaviour: rules, decision tables and reference lists (not docs or scenarios). */
    public List<RuleFile> behaviourFiles() {
        return files.stream()
                .filter(f -> f.compilesToRules() || f.kind() == RuleFile.Kind.REFERENCE_LIST)
                .toList();
    }

    /** "sha256:" and the hash of every behaviour file's path and content, in path order. */
    public String version() {
        MessageDigest digest = DigestUtils.getSha256Digest();
        for (RuleFile file : behaviourFiles()) {
            digest.update(file.path().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.content());
            digest.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}
