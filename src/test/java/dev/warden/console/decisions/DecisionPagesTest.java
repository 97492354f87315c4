package dev.warden.console.decisions;

import static dev.warden.console.ConsolePages.FOREIGN_SCRIPT;
import static dev.warden.console.ConsolePages.HOSTILE;
import static dev.warden.console.ConsolePages.officer;
import static dev.warden.console.ConsolePages.page;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The decision search and the decision page, on the real rules and PostgreSQL, as an officer sees them. */
@QuarkusTest
class DecisionPagesTest {

    @Test
    void searchFindsADecisionByPartyAccountOutcomeAndTimeAndLinksToIt() {
        String party = Requests.uniqueId("cp-party");
        String account = Requests.uniqueId("cp-acc");
        JsonPath decided = Decisions.decide(Requests.wire(Requests.uniqueId("cp-tx"), "2026-11-20T10:15:30Z", "5000",
                party, account, Requests.uniqueId("cp-acc")));
        assertThat(decided.getString("outcome")).isEqualTo("REVIEW");
        String id = decided.getString("decisionId");
        String hourAgo = Instant.now().minus(1, ChronoUnit.HOURS).toString();

        Document byParty = page(officer().queryParam("party", party).queryParam("from", hourAgo), "/console/decisions", 200);
        assertThat(byParty.select("a.decision-link").eachAttr("href")).containsExactly("/console/decisions/" + id);
        assertThat(byParty.select("table.decisions .outcome").text()).isEqualTo("REVIEW");
        assertThat(byParty.select("input[name=party]").attr("value")).isEqualTo(party);

        Document byAccount = page(officer().queryParam("account", account), "/console/decisions", 200);
        assertThat(byAccount.select("a.decision-link").eachText()).containsExactly(id);
        Document byTransaction = page(officer().queryParam("transactionId", decided.getString("transactionId")),
                "/console/decisions", 200);
        assertThat(byTransaction.select("a.decision-link").eachText()).containsExactly(id);
        Document byId = page(officer().queryParam("id", id), "/console/decisions", 200);
        assertThat(byId.select("a.decision-link").eachText()).containsExactly(id);

        assertThat(page(officer().queryParam("party", party).queryParam("outcome", "ALLOW"), "/console/decisions", 200)
                .select("a.decision-link")).isEmpty();
        assertThat(page(officer().queryParam("party", party).queryParam("to", hourAgo), "/console/decisions", 200)
                .select("a.decision-link")).isEmpty();
        assertThat(page(officer().queryParam("account", Requests.uniqueId("cp-nobody")), "/console/decisions", 200)
                .select(".empty").text()).isEqualTo("No decision matches.");
    }

    @Test
    void theDecisionPageShowsTheRequestFindingsRuleSetAndReviewWithItsCase() {
        String party = Requests.uniqueId("cp-party");
        String body = Requests.wire(Requests.uniqueId("cp-tx"), "2026-11-20T10:15:30Z", "5000", party,
                Requests.uniqueId("cp-acc"), Requests.uniqueId("cp-acc")).replace("Aurora Trading", HOSTILE);
        JsonPath decided = Decisions.decide(body);
        String id = decided.getString("decisionId");
        JsonPath api = given().get("/v1/decisions/" + id).then().statusCode(200).extract().jsonPath();

        Document page = page(officer(), "/console/decisions/" + id, 200);
        assertThat(page.select(".decision-id").text()).isEqualTo(id);
        assertThat(page.select(".decision-summary .outcome").text()).isEqualTo("REVIEW");
        assertThat(page.select(".rule-set-version").text()).isEqualTo(decided.getString("ruleSetVersion"));
        assertThat(page.select(".risk-score").text()).isEqualTo(String.valueOf(decided.getInt("riskScore")));
        assertThat(page.select(".request .amount").text()).isEqualTo("5000 USD");
        assertThat(page.select("tr.originator td").first().text()).isEqualTo(party);
        assertThat(page.select(".finding .rule-id").eachText()).containsAll(decided.getList("findings.ruleId"));
        assertThat(page.select(".finding .message").eachText()).containsAll(decided.getList("findings.message"));
        assertThat(page.select(".finding .evidence dt")).isNotEmpty();
        assertThat(page.select(".review-state").text()).isEqualTo(api.getString("review.state"));
        assertThat(page.select("a.case-link").attr("href")).isEqualTo("/console/cases/" + api.getString("review.caseId"));

        // The hostile beneficiary name is text on the page, never markup.
        assertThat(page.select("tr.beneficiary .party-name").text()).isEqualTo(HOSTILE);
        assertThat(page.select(FOREIGN_SCRIPT)).isEmpty();
    }

    @Test
    void badParametersAnswerThePageAgainWith400NamingTheField() {
        assertProblem(page(officer(), "/console/decisions/not-a-uuid", 400), "id", "'not-a-uuid' is not a UUID");
        assertProblem(page(officer().queryParam("from", "yesterday"), "/console/decisions", 400), "from",
                "'yesterday' is not an ISO-8601 instant");
        assertProblem(page(officer().queryParam("outcome", "MAYBE"), "/console/decisions", 400), "outcome",
                "must be one of [ALLOW, REVIEW, BLOCK]");
        assertProblem(page(officer().queryParam("page", "-1"), "/console/decisions", 400), "page", "must be from 0");
        Document hostile = page(officer().queryParam("transactionId", HOSTILE).queryParam("id", HOSTILE),
                "/console/decisions", 400);
        assertThat(hostile.select("input[name=transactionId]").attr("value")).isEqualTo(HOSTILE);
        assertThat(hostile.select(FOREIGN_SCRIPT)).isEmpty();
        assertThat(page(officer(), "/console/decisions/" + java.util.UUID.randomUUID(), 404).select(".problem-field").text())
                .isEqualTo("id");
    }

    private static void assertProblem(Document page, String field, String reason) {
        assertThat(page.select(".problem-field").text()).isEqualTo(field);
        assertThat(page.select(".problem-text").text()).contains(reason);
        assertThat(page.select("form.search")).isNotEmpty();
    }
}
