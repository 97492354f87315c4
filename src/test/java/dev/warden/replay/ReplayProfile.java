package dev.warden.replay;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Serves a copy of the bundled rules that replay and backtest tests may change; no watcher, reloads are explicit. */
public class ReplayProfile implements QuarkusTestProfile {
    static final Path RULES = Path.of("target/replay-rules").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        CandidateRules.write(RULES, CandidateRules.bundled());
        // Backtests here re-decide a handful of decisions; one that runs 15 s has a candidate that never ends.
        return Map.of("warden.rules.dir", RULES.toString(), "warden.rules.watch-interval", "PT0S",
                "warden.replay.backtest-timeout", "PT15S");
    }
}
