package dev.warden.screening;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public list snapshots and matching benchmarks in ../shared/data (beside the repo, as CI lays it out). They
 * are never copied into the repo; tests that need them skip, saying why, when the folder is absent.
 */
public final class SharedData {
    public static final Path ROOT = Path.of(System.getProperty("warden.shared.data", "../shared/data"));

    private SharedData() {
    }

    /** The file or folder under ../shared/data; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.exists(path), "skipped: " + path.toAbsolutePath()
                + " is absent (the shared data folder is expected beside the repo as ../shared/data)");
        return path;
    }

    public static String location(String relative) {
        return "file:" + require(relative);
    }
}
