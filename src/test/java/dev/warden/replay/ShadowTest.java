package dev.warden.replay;

import static org.awaitility.Awaitility.await;
import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.warden.rules.RuleSources;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** A shadow set sees live traffic beside the active one; live answers do not change, differences are summarised. */
@QuarkusTest
@TestProfile(ShadowProfile.class)
class ShadowTest {
    private static final String KYC = CandidateRules.KYC_RULE;

    @Test
    void liveAnswersAreUnchangedAndTheSummaryShowsWhereTheShadowDiffers() throws InterruptedException {
        JsonPath before = summary();
        assertThat(before.getBoolean("enabled")).isTrue();
        assertThat(before.getString("shadowVersion")).isEqualTo(RuleSources.readFolder(ShadowProfile.SHADOW_RULES).version());

        JsonPath small = decide("2000");    // live ALLOW; the shadow's 1,000 USD threshold reviews it
        JsonPath large = decide("5000");    // REVIEW in both
        String bundled = RuleSources.readFolder(Path.of("rules")).version();
        assertThat(small.getString("outcome")).isEqualTo("ALLOW");
        assertThat(small.getList("findings")).isEmpty();
        assertThat(small.getString("ruleSetVersion")).isEqualTo(bundled);
        assertThat(large.getString("outcome")).isEqualTo("REVIEW");
        assertThat(large.getList("findings.ruleId", String.class)).containsExactly(KYC);

        JsonPath after = awaitEvaluated(before.getLong("evaluated") + 2);
        assertThat(after.getLong("evaluated") - before.getLong("evaluated")).isEqualTo(2);
        assertThat(after.getLong("agreed") - before.getLong("agreed")).isEqualTo(1);
        assertThat(after.getLong("differed") - before.getLong("differed")).isEqualTo(1);
        assertThat(after.getLong("dropped")).isZero();
        assertThat(count(after, "outcomeTransitions.'ALLOW->REVIEW'") - count(before, "outcomeTransitions.'ALLOW->REVIEW'"))
                .isEqualTo(1);
        assertThat(count(after, "rulesFired." + KYC + ".live") - count(before, "rulesFired." + KYC + ".live")).isEqualTo(1);
        assertThat(count(after, "rulesFired." + KYC + ".shadow") - count(before, "rulesFired." + KYC + ".shadow")).isEqualTo(2);
        assertThat(after.getString("recentDifferences[0].transactionId")).isEqualTo(small.getString("transactionId"));
        assertThat(after.getString("recentDifferences[0].decisionId")).isEqualTo(small.getString("decisionId"));
        assertThat(after.getString("recentDifferences[0].liveOutcome")).isEqualTo("ALLOW");
        assertThat(after.getString("recentDifferences[0].shadowOutcome")).isEqualTo("REVIEW");
        assertThat(after.getList("recentDifferences[0].rulesAdded", String.class)).containsExactly(KYC);
        assertThat(after.getString("recentDifferences[0].liveVersion")).isEqualTo(bundled);
    }

    private static JsonPath decide(String amount) {
        return Decisions.decide(Requests.wire(uniqueId("sh"), "2026-12-21T09:00:00Z", amount, uniqueId("nobody"),
                uniqueId("acc"), uniqueId("acc")));
    }

    private static JsonPath summary() {
        return given().get("/v1/rules/shadow").then().statusCode(200).extract().jsonPath();
    }

    /** The summary once the worker has recorded the expected count. */
    private static JsonPath awaitEvaluated(long expected) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(ShadowTest::summary, current -> current.getLong("evaluated") >= expected);
    }

    private static long count(JsonPath json, String path) {
        Object value = json.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
