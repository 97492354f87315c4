package dev.warden.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The queue and case pages as HTML: what they show, that customers' values are escaped, that every form that
 * changes state carries its CSRF token, that nothing inline would need the CSP relaxed, and that case work's
 * refusals are messages on the page with their status.
 */
@QuarkusTest
class ConsolePagesTest {
    private static final String HOSTILE = "<script>alert(1)</script> & \"Co\"";

    @Test
    void theCasePageShowsTheCustomerAndFindingsEscaped() {
        Flagged flagged = Flagged.review();
        Document page = page("/console/cases/" + flagged.caseId);
        assertThat(page.select("section.customer dd").eachText()).contains(HOSTILE, "PENDING");
        assertThat(page.select("script:not([src])")).as("no script from the data").isEmpty();
        Element decision = page.selectFirst("#alert-" + flagged.alertId);
        assertThat(decision).isNotNull();
        assertThat(decision.select("section.finding h4 code").eachText()).isNotEmpty();
        assertThat(page.select("div[hx-get$=/timeline] a[href=/console/fragments/cases/" + flagged.caseId + "/timeline]"))
                .hasSize(1);
        assertNothingInline(page);
        assertEveryPostFormHasItsToken(page);
    }

    @Test
    void theQueueListsTheAlertAndFiltersByRule() {
        Flagged flagged = Flagged.review();
        Document queue = page("/console?party=&severity=REVIEW&sort=due&rule=" + flagged.rule);
        Element row = queue.selectFirst("tr[data-alert-id=" + flagged.alertId + "]");
        assertThat(row).isNotNull();
        assertThat(row.select("td.rules code").eachText()).contains(flagged.rule);
        assertThat(row.select("form[action=/console/cases/" + flagged.caseId + "/claim]")).hasSize(1);
        assertThat(page("/console?rule=NO_SUCH_RULE").select("tr[data-alert-id]")).isEmpty();
        Document cases = page("/console?tab=cases&rule=" + flagged.rule);
        assertThat(cases.select("tr[data-case-id=" + flagged.caseId + "]")).hasSize(1);
        assertNothingInline(queue);
        assertEveryPostFormHasItsToken(queue);
    }

    @Test
    void aFilterTheFormCannotSendIsA400PageNamingIt() {
        Response bad = given().header("X-API-Key", "test-officer").get("/console?severity=LOW");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body().asString()).select("p.error").text()).contains("severity", "REVIEW or BLOCK");
    }

    @Test
    void caseWorkRefusalsAreMessagesOnTheCasePage() {
        Flagged flagged = Flagged.review();
        ConsoleSession olga = ConsoleSession.signIn("olga", "olga-test");
        Response missingOutcome = olga.post("/console/cases/" + flagged.caseId + "/propose",
                "disposition", "FALSE_POSITIVE", "narrative", "fine");
        assertThat(missingOutcome.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(missingOutcome.body().asString()).select("#case-error").text())
                .contains("outcomes." + flagged.alertId, "RELEASE or REJECT");
        Response noNarrative = olga.post("/console/cases/" + flagged.caseId + "/comment", "comment", " ");
        assertThat(noNarrative.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noNarrative.body().asString()).select("#case-error").text()).contains("comment");

        Response released = olga.post("/console/cases/" + flagged.caseId + "/propose", "disposition", "FALSE_POSITIVE",
                "outcome-" + flagged.alertId, "RELEASE", "narrative", "the invoice explains it");
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.header("Location")).endsWith("/console/cases/" + flagged.caseId);
        Response closed = olga.post("/console/cases/" + flagged.caseId + "/claim");
        assertThat(closed.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(closed.body().asString());
        assertThat(page.select("#case-error").text()).contains("CLOSED");
        assertThat(page.select("#case-status").text()).isEqualTo("CLOSED");
        assertThat(page.select("section.case-log").text()).contains("PROPOSED", "olga");
        assertThat(page.select("#alert-" + flagged.alertId + " .payment-outcome").text()).isEqualTo("RELEASE by olga");
        assertThat(given().header("X-API-Key", "test-officer").get("/console/cases/not-a-case").statusCode()).isEqualTo(404);
    }

    private static Document page(String path) {
        Response response = given().header("X-API-Key", "test-officer").get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body().asString());
    }

    /** The content security policy allows no inline script, no event handler attributes and no inline styles. */
    static void assertNothingInline(Document page) {
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("[style]")).isEmpty();
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> assertThat(a.getKey()).as(element.tagName()).doesNotStartWith("on"));
        }
    }

    static void assertEveryPostFormHasItsToken(Document page) {
        for (Element form : page.select("form[method=post]")) {
            assertThat(form.select("input[type=hidden][name=csrf-token]").attr("value")).as(form.attr("action")).isNotBlank();
        }
    }

    /** A REVIEW decision of a customer with a hostile name: its alert and case. */
    record Flagged(String alertId, String caseId, String rule) {
        static Flagged review() {
            String party = Requests.uniqueId("cp");
            // KYC still pending: a 5,000 USD wire is a REVIEW (KYC_UNVERIFIED_ABOVE_THRESHOLD)
            Decisions.putProfile(party, Requests.profile(HOSTILE.replace("\"", "\\\""), "PENDING", null, null));
            JsonPath decision = Decisions.decide(Requests.wire(Requests.uniqueId("cp-t"), "2026-11-20T10:15:30Z", "5000",
                    party, Requests.uniqueId("acc"), Requests.uniqueId("acc")));
            assertThat(decision.getString("outcome")).isEqualTo("REVIEW");
            JsonPath review = given().get("/v1/decisions/" + decision.getString("decisionId")).then().extract()
                    .jsonPath().setRootPath("review");
            return new Flagged(review.getString("alertId"), review.getString("caseId"),
                    decision.getString("findings[0].ruleId"));
        }
    }
}
