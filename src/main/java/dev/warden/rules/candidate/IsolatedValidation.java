package dev.warden.rules.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import dev.warden.config.WardenConfig;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;

/**
 * Validates rule sets uploaded over HTTP away from the service: the text is checked here first (nothing of it is
 * evaluated), then a short-lived child JVM compiles it and runs its scenarios with a heap cap, a wall-clock limit,
 * an empty environment (no database URL, no password, no key) and a temporary working folder that is deleted
 * afterwards. A rule that loops forever, allocates without end or calls System.exit ends that child, not Warden.
 */
public final class IsolatedValidation {
    private static final Logger LOG = Logger.getLogger(IsolatedValidation.class);
    /** Two candidates at once at most: each child takes a core while it compiles. */
    private static final Semaphore RUNNING = new Semaphore(2);
    private static final int MAX_ANSWER_BYTES = 32 << 20;

    private final Duration timeout;
    private final String heap;
    private final boolean requirePassingScenarios;

    /** With the service's settings: the child's time and heap, and whether scenarios must pass as on activation. */
    public IsolatedValidation(WardenConfig.Rules settings) {
        this.timeout = settings.candidateTimeout();
        this.heap = settings.candidateHeap();
        this.requirePassingScenarios = settings.requirePassingScenarios();
    }

    public CandidateReport validate(RuleSources candidate) {
        List<RuleDiagnostic> refused = RuleSetCompiler.checkText(candidate);
        if (!refused.isEmpty()) return CandidateReport.rejected(refused);
        try {
            if (!RUNNING.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return failed(candidate, "other candidates are being validated; try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(candidate, "interrupted");
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("warden-candidate-");
            return run(candidate, work);
        } catch (IOException e) {
            LOG.warnf("Cannot run the candidate check process: %s", e.getMessage());
            return failed(candidate, "the validating process could not be started");
        } finally {
            RUNNING.release();
            if (work != null) deleteQuietly(work);
        }
    }

    private CandidateReport run(RuleSources candidate, Path work) throws IOException {
        Process child = childProcess(work).start();
        try {
            try (var in = child.getOutputStream()) {
                CandidateCheckMain.JSON.writeValue(in, new CandidateCheckMain.Request(requirePassingScenarios,
                        candidate.origin(), candidate.files()));
            } catch (IOException e) {
                // The child died before reading everything; its exit status says why.
            }
            var answer = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread reader = new Thread(() -> answer.complete(readBounded(child.getInputStream())), "candidate-answer");
            reader.setDaemon(true);
            reader.start();
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(child);
                return failed(candidate, "validation did not finish within " + timeout.toSeconds() + " s: a rule, "
                        + "function or scenario runs too long or without end");
            }
            if (child.exitValue() != 0) {
                return failed(candidate, child.exitValue() == 3
                        ? "validation ran out of memory (" + heap + " heap): a rule or scenario allocates without bound"
                        : "the validating process ended with status " + child.exitValue()
                                + " (a rule may have tried to stop the JVM)");
            }
            byte[] json = answer.get(10, TimeUnit.SECONDS);
            if (json.length == 0) return failed(candidate, "the validating process gave no answer");
            return CandidateCheckMain.JSON.readValue(json, CandidateReport.class);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(child);
            return failed(candidate, "interrupted");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            kill(child);
            return failed(candidate, "the validating process gave no readable answer");
        } finally {
            kill(child);
        }
    }

    /** The child: this JVM's java and class path, nothing of its environment or system properties. */
    ProcessBuilder childProcess(Path work) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + work, "-Duser.home=" + work,
                "-cp", classPath(), CandidateCheckMain.class.getName()))
                .directory(work.toFile()).redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().clear();
        return builder;
    }

    /**
     * The service's own class path. Started from the Quarkus fast-jar, that is quarkus-run.jar alone, which
     * loads the application from the lib/ and app/ folders beside it; the child takes those folders directly.
     */
    static String classPath() {
        String own = System.getProperty("java.class.path");
        if (own.endsWith("quarkus-run.jar")) {
            Path app = Path.of(own).toAbsolutePath().getParent();
            return String.join(java.io.File.pathSeparator, app.resolve("lib/boot/*").toString(),
                    app.resolve("lib/main/*").toString(), app.resolve("app/*").toString());
        }
        return own;
    }

    private static byte[] readBounded(InputStream in) {
        try (in) {
            return in.readNBytes(MAX_ANSWER_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void kill(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
    }

    private static CandidateReport failed(RuleSources candidate, String why) {
        return CandidateReport.rejected(List.of(new RuleDiagnostic(candidate.origin(), 0, why)));
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Could not delete %s", folder);
        }
    }
}
