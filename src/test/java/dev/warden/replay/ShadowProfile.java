package dev.warden.replay;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Live traffic on the bundled rules, shadowed by a copy whose KYC threshold is 1,000 USD instead of 3,000. */
public class ShadowProfile implements QuarkusTestProfile {
    static final Path SHADOW_RULES = Path.of("target/shadow-rules").toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        CandidateRules.write(SHADOW_RULES, CandidateRules.lowerKycThreshold());
        return Map.of("warden.shadow.rules-dir", SHADOW_RULES.toString());
    }
}
