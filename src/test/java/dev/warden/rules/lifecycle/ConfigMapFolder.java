package dev.warden.rules.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A rules folder laid out the way the kubelet lays out a ConfigMap volume: the real files in a hidden
 * timestamped folder, {@code ..data} linking to it, and every top-level entry linking through {@code ..data}.
 * An update writes a new hidden folder and renames a new {@code ..data} link over the old one, atomically.
 */
final class ConfigMapFolder {
    private final Path root;
    private int generation;

    ConfigMapFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Publishes the bundled rules plus the extra files (path to content; null content deletes the file). */
    void publish(Map<String, String> extra) {
        try {
            Files.createDirectories(root);
            Path next = root.resolve("..gen_" + (++generation));
            copyTree(Path.of("rules"), next);
            for (var file : extra.entrySet()) {
                Path target = next.resolve(file.getKey());
                if (file.getValue() == null) {
                    Files.deleteIfExists(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue());
                }
            }
            Path link = root.resolve("..data_tmp");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, next.getFileName());
            Files.move(link, root.resolve("..data"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> top = Files.list(next)) {
                for (Path entry : (Iterable<Path>) top::iterator) {
                    Path visible = root.resolve(entry.getFileName().toString());
                    if (!Files.isSymbolicLink(visible)) {
                        Files.createSymbolicLink(visible, Path.of("..data").resolve(entry.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
