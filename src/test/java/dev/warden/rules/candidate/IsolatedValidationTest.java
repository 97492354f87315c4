package dev.warden.rules.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.warden.config.WardenConfig;

/** The child that compiles an upload gets nothing of the service: no environment, no system properties. */
class IsolatedValidationTest {
    @TempDir
    Path work;

    @Test
    void theChildStartsWithAnEmptyEnvironmentItsOwnFolderAndAHeapCap() {
        ProcessBuilder child = new IsolatedValidation(settings()).childProcess(work);
        assertThat(child.environment()).as("no database URL, password or key reaches the child").isEmpty();
        assertThat(child.directory().toPath()).isEqualTo(work);
        assertThat(child.command()).contains("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + work)
                .last().isEqualTo(CandidateCheckMain.class.getName());
        assertThat(child.command()).as("only the child's own -D settings")
                .filteredOn(arg -> arg.startsWith("-D"))
                .allSatisfy(arg -> assertThat(arg).matches("-D(java\\.io\\.tmpdir|user\\.home)=.*"));
    }

    private static WardenConfig.Rules settings() {
        return new WardenConfig.Rules() {
            @Override
            public String dir() {
                return "rules";
            }

            @Override
            public Duration watchInterval() {
                return Duration.ZERO;
            }

            @Override
            public boolean requirePassingScenarios() {
                return true;
            }

            @Override
            public Duration candidateTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public String candidateHeap() {
                return "256m";
            }
        };
    }
}
