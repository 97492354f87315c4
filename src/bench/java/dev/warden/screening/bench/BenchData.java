package dev.warden.screening.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** ../shared/data beside the repo (or -Dwarden.shared.data=PATH); the benchmark needs the real lists. */
final class BenchData {
    private BenchData() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("warden.shared.data", "../shared/data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("sanctions"))) {
            throw new IllegalStateException(root + " has no sanctions/ folder: the benchmark needs ../shared/data");
        }
        return root;
    }
}
