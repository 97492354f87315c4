package dev.warden.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/** The metrics operators need are on /q/metrics in Prometheus format. */
@QuarkusTest
class MetricsTest {
    @Test
    void decisionLatencyByOutcomeFindingsByRuleAndTheActiveRuleSetAreExposed() {
        Decisions.decide(Requests.wire(Requests.uniqueId("metrics"), "2026-11-20T10:15:30Z", "5000",
                Requests.uniqueId("c"), Requests.uniqueId("a"), Requests.uniqueId("a")));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("warden_decisions_seconds_bucket{outcome=\"REVIEW\""))
                .body(containsString("warden_findings_total{rule=\"KYC_UNVERIFIED_ABOVE_THRESHOLD\",severity=\"REVIEW\"}"))
                .body(containsString("warden_decision_enrichment_seconds_count"))
                .body(containsString("warden_decision_history_seconds_count"))
                .body(containsString("warden_decision_rules_seconds_count"))
                .body(matchesPattern("(?s).*warden_rules_active\\{version=\"sha256:[0-9a-f]{64}\"} 1\\.0.*"))
                .body(containsString("warden_rules_reloads_total{result=\"activated\"}"))
                .body(containsString("warden_watchlist_age_seconds{list=\"WARDEN_SEED\"}"))
                // The REVIEW decision above opened an alert (read on each scrape in tests: warden.review.metrics-refresh).
                .body(matchesPattern("(?s).*warden_alerts_open\\{severity=\"REVIEW\"} [1-9][0-9]*\\.0.*"))
                .body(containsString("warden_alerts_open{severity=\"BLOCK\"}"))
                .body(matchesPattern("(?s).*warden_alerts_oldest_open_age_seconds [0-9.E]+.*"))
                .body(containsString("warden_alerts_overdue "))
                .body(matchesPattern("(?s).*warden_watchlist_publication_age_days\\{list=\"WARDEN_SEED\"} [1-9][0-9]*\\.0.*"));
    }

    @Test
    void theGroupCommitIsTakenApartIntoItsWaitItsCommitAndTheHistorysCatchUp() {
        Decisions.decide(Requests.wire(Requests.uniqueId("journal"), "2026-11-20T10:15:30Z", "120",
                Requests.uniqueId("c"), Requests.uniqueId("a"), Requests.uniqueId("a")));
        // Counted only once the decision was committed: each series has at least this decision's observation.
        String counted = " [1-9][0-9]*(\\.[0-9]+)?(E[0-9]+)?\n";
        given().get("/q/metrics").then().statusCode(200)
                .body(matchesPattern("(?s).*\nwarden_journal_batch_count" + counted + ".*"))
                .body(matchesPattern("(?s).*\nwarden_journal_wait_seconds_count" + counted + ".*"))
                .body(matchesPattern("(?s).*\nwarden_journal_commit_seconds_count" + counted + ".*"))
                .body(matchesPattern("(?s).*\nwarden_journal_catchup_seconds_count" + counted + ".*"))
                .body(containsString("warden_journal_commit_seconds_bucket{le="));
    }
}
