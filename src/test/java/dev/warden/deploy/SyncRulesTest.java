package dev.warden.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k8s/sync-rules on a copy of the repository with the kinds of files the rules folder is meant to hold: a README
 * at the top, a binary decision table, scenarios two folders deep, hidden entries. After it runs, every overlay
 * projects exactly those files into the pods (and the files-only rendering still equals kubectl's); a name a
 * ConfigMap key cannot carry is refused.
 */
class SyncRulesTest {
    @TempDir
    Path repo;

    @BeforeEach
    void copyRulesAndK8s() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash");
        for (String dir : List.of("rules", "k8s")) copy(Repo.ROOT.resolve(dir), repo.resolve(dir));
    }

    @Test
    void afterSyncEveryOverlayProjectsEveryFileOfRulesIncludingNestedAndBinaryOnes() throws Exception {
        write("README.md", "# Rules\n".getBytes(StandardCharsets.UTF_8));
        byte[] xlsx = new byte[512];
        for (int i = 0; i < xlsx.length; i++) xlsx[i] = (byte) i;
        write("tables/limits.drl.xlsx", xlsx);
        write("tests/layering/structuring/three-in-a-day.yaml", "expect: REVIEW\n".getBytes(StandardCharsets.UTF_8));
        write(".drafts/ignored.drl", "rule".getBytes(StandardCharsets.UTF_8));

        assertEquals(0, syncRules().exitCode(), "k8s/sync-rules failed");
        assertEquals(0, syncRules("--check").exitCode(), "k8s/sync-rules --check finds its own output out of date");

        var expected = Repo.rulesFiles(repo.resolve("rules"));
        assertTrue(expected.containsKey("tables/limits.drl.xlsx") && !expected.containsKey(".drafts/ignored.drl"));
        try (Stream<Path> overlays = Files.list(repo.resolve("k8s/overlays"))) {
            for (Path overlay : overlays.sorted().toList()) {
                List<Rendering> renderings = Rendering.of(overlay);
                for (Rendering r : renderings) {
                    Problems p = new Problems(r + " after k8s/sync-rules");
                    RulesConfigMapTest.compare(expected, RulesConfigMapTest.projectedRules(r, p), p);
                    p.assertNone();
                }
                if (renderings.size() > 1) FileOverlayTest.assertSameObjects(renderings);
            }
        }
    }

    @Test
    void checkFailsWhenRulesChangedWithoutSync() throws Exception {
        write("policy/new-rule.drl", "rule".getBytes(StandardCharsets.UTF_8));
        Result check = syncRules("--check");
        assertNotEquals(0, check.exitCode());
        assertTrue(check.output().contains("out of date"), check.output());
    }

    @Test
    void aFileNameThatCannotBeAConfigMapKeyIsRefused() throws Exception {
        write("kyc/high risk.drl", "rule".getBytes(StandardCharsets.UTF_8));
        Result sync = syncRules();
        assertNotEquals(0, sync.exitCode());
        assertTrue(sync.output().contains("rules/kyc/high risk.drl"), sync.output());
    }

    private void write(String path, byte[] content) throws IOException {
        Path file = repo.resolve("rules").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    record Result(int exitCode, String output) {
    }

    private Result syncRules(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", repo.resolve("k8s/sync-rules").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(repo, "sync-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "k8s/sync-rules did not finish in 60 s");
        return new Result(process.exitValue(), Files.readString(out));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target);
            }
        }
    }
}
