package dev.warden.rules.lifecycle;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the service on a ConfigMap-style copy of the rules folder that tests may change, watched every 200 ms. */
public class LifecycleProfile implements QuarkusTestProfile {
    static final Path ROOT = Path.of("target/lifecycle-rules").toAbsolutePath();
    static final ConfigMapFolder FOLDER = new ConfigMapFolder(ROOT);

    static final String MARKER_A = marker("RELOAD_MARKER_A");
    static final String MARKER_B = marker("RELOAD_MARKER_B");

    @Override
    public Map<String, String> getConfigOverrides() {
        ConfigMapFolder.deleteTree(ROOT);
        FOLDER.publish(Map.of("policy/marker.drl", MARKER_A));
        return Map.of("warden.rules.dir", ROOT.toString(), "warden.rules.watch-interval", "PT0.2S");
    }

    /** A rule that marks every decision with the version it ran under. */
    static String marker(String id) {
        return """
                package rules.policy;
                import dev.warden.facts.*;
                global Findings findings;
                rule "%s"
                    @category(POLICY) @severity(INFO) @description("marks every decision (reload test)")
                when
                    Transaction()
                then
                    findings.raise(kcontext, 0, "marked");
                end
                """.formatted(id);
    }
}
