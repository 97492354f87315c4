package dev.warden.console.graph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The timeline and screening-hit fragments over HTTP, on the shipped rules, the seed list and PostgreSQL. */
@QuarkusTest
class CaseEvidenceFragmentsTest {
    private static final String OFFICER_KEY = MoneyPathFragmentTest.OFFICER_KEY;

    @Test
    void theTimelineListsTheCustomersTransactionsNewestFirstAndMarksTheCasesOnes() {
        String party = Requests.uniqueId("tl-party");
        String account = Requests.uniqueId("tl-acc");
        Decisions.decide(Requests.wire(party + "-1", "2026-11-18T09:00:00Z", "120", party, account, "shop-1"));
        Decisions.decide(incoming(party + "-2", "2026-11-19T09:00:00Z", "250.75", "payer-9", party, account));
        JsonPath flagged = Decisions.decide(Requests.wire(party + "-3", "2026-11-20T09:00:00Z", "5000", party, account,
                "<b>bold</b>"));
        assertThat(flagged.getString("outcome")).isEqualTo("REVIEW");
        String caseId = given().queryParam("party", party).get("/v1/alerts").then().statusCode(200).extract()
                .jsonPath().getString("[0].caseId");

        String html = given().header("X-API-Key", OFFICER_KEY).get("/console/fragments/cases/" + caseId + "/timeline")
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertThat(html).doesNotContain("<b>bold</b>");
        Document doc = Jsoup.parseBodyFragment(html);
        Element section = doc.selectFirst("section.timeline");
        assertThat(section.selectFirst("h3").text()).contains("party " + party);
        List<Element> rows = section.select("tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.select("td").get(0).text())
                .containsExactly("2026-11-20 09:00 UTC", "2026-11-19 09:00 UTC", "2026-11-18 09:00 UTC");
        assertThat(rows).extracting(r -> r.selectFirst("td.direction").text()).containsExactly("OUT", "IN", "OUT");
        assertThat(rows).extracting(r -> r.selectFirst("td.counterparty").text())
                .containsExactly("<b>bold</b>", "payer-9 (" + party + "-payer)", "shop-1");
        assertThat(rows).extracting(r -> r.selectFirst("td.amount").text())
                .containsExactly("5,000 USD", "250.75 USD", "120 USD");
        assertThat(rows.get(0).selectFirst("td.outcome").text()).isEqualTo("REVIEW");
        assertThat(rows.get(0).hasClass("in-case")).isTrue();
        assertThat(rows.get(0).select("mark.in-case").text()).isEqualTo("in this case");
        assertThat(rows.subList(1, 3)).noneMatch(r -> r.hasClass("in-case"));

        assertThat(given().header("X-API-Key", OFFICER_KEY)
                .get("/console/fragments/cases/00000000-0000-0000-0000-000000000000/timeline")
                .then().statusCode(404).contentType("text/html").extract().asString()).contains("No such case.");
        given().header("X-API-Key", OFFICER_KEY).get("/console/fragments/cases/x'--/timeline")
                .then().statusCode(404).contentType("text/html");
    }

    @Test
    void aNameHitShowsThePartyBesideTheEntryWithTheMatchedWordsMarked() {
        String id = Requests.uniqueId("mt-name");
        JsonPath decided = Decisions.decide("""
                {"transactionId": "%s", "occurredAt": "2026-11-20T10:15:30Z", "type": "WIRE", "amount": "800",
                 "currency": "USD",
                 "originator": {"partyId": "%s", "name": "Anna Weber", "type": "INDIVIDUAL", "country": "DE",
                                "accountId": "%s"},
                 "beneficiary": {"name": "Sberbank of Russia", "type": "FINANCIAL_INSTITUTION", "country": "RU",
                                 "accountId": "%s"}}
                """.formatted(id, id + "-p", id + "-a", id + "-b"));
        int hit = decided.getList("findings.ruleId").indexOf("SANCTIONS_NAME_BLOCKING_LIST_STRONG");
        assertThat(hit).as("findings %s", decided.getList("findings.ruleId")).isNotNegative();

        Document doc = Jsoup.parseBodyFragment(match(decided.getString("decisionId"), hit, 200));
        Element section = doc.selectFirst("section.match");
        assertThat(section.selectFirst(".match-party h4").text()).contains("beneficiary");
        assertThat(section.select(".match-party dd").eachText()).contains("Sberbank of Russia", "RU");
        assertThat(section.select(".match-party dd mark").eachText()).contains("Sberbank", "Russia")
                .doesNotContain("Anna", "Weber");
        assertThat(section.selectFirst(".match-entry h4").text()).isEqualTo("Entry 17018 on WARDEN_SEED");
        assertThat(section.select(".entry-names li").eachText())
                .contains("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA (primary)", "Sberbank India (weak alias)");
        assertThat(section.select(".entry-names li mark").eachText()).contains("Sberbank", "Russia");
        assertThat(section.select(".match-entry dd").eachText()).contains("ENTITY", "2025-11-19");
        assertThat(section.selectFirst(".match-what dd.score").text()).matches("0\\.9[5-9][0-9]|1\\.000");
        assertThat(section.select(".match-what dd").eachText()).contains("NAME");
    }

    @Test
    void anIdentifierHitFindsItsPartyByRoleAndMarksTheIdentifierOnBothSides() {
        JsonPath decided = Decisions.decide(Requests.wireToBank(Requests.uniqueId("mt-bic"), Requests.uniqueId("mt-p"),
                "900", "VTBRRUMMXXX"));
        List<String> rules = decided.getList("findings.ruleId");
        int hit = rules.indexOf("SANCTIONS_BIC_EXACT");
        assertThat(hit).as("findings %s", rules).isNotNegative();
        String decisionId = decided.getString("decisionId");

        Element section = Jsoup.parseBodyFragment(match(decisionId, hit, 200)).selectFirst("section.match");
        assertThat(section.selectFirst(".match-party h4").text()).contains("beneficiary");
        assertThat(section.select(".match-party dd.matched").eachText()).containsExactly("VTBRRUMMXXX");
        assertThat(section.select(".entry-identifiers li mark").eachText()).isNotEmpty()
                .allMatch(v -> v.startsWith("VTBRRUMM"));
        assertThat(section.select(".match-what dd").eachText()).contains("BIC", "exact");

        // An unverified customer above the KYC threshold: a KYC finding, not a screening hit.
        String other = Requests.uniqueId("mt-kyc");
        JsonPath kyc = Decisions.decide(Requests.wire(other, "2026-11-20T08:00:00Z", "12000", other + "-p", other + "-a",
                other + "-b"));
        assertThat(kyc.getString("findings[0].category")).isNotEqualTo("SANCTIONS");
        assertThat(Jsoup.parseBodyFragment(match(kyc.getString("decisionId"), 0, 404)).text())
                .isEqualTo("This finding is not a screening hit.");
        assertThat(Jsoup.parseBodyFragment(match(decisionId, rules.size(), 404)).text())
                .isEqualTo("The decision has no finding " + rules.size() + ".");
    }

    private static String match(String decisionId, int index, int status) {
        return given().header("X-API-Key", OFFICER_KEY)
                .get("/console/fragments/decisions/" + decisionId + "/findings/" + index + "/match")
                .then().statusCode(status).contentType("text/html").extract().asString();
    }

    private static String incoming(String id, String at, String amount, String fromAccount, String party, String account) {
        return """
                {"transactionId": "%s", "occurredAt": "%s", "type": "WIRE", "amount": "%s", "currency": "USD",
                 "originator": {"partyId": "%s-payer", "name": "Olga Sidorova", "type": "INDIVIDUAL", "country": "KG",
                                "accountId": "%s"},
                 "beneficiary": {"partyId": "%s", "name": "Ivan Petrov", "type": "INDIVIDUAL", "country": "KG",
                                 "accountId": "%s"}}
                """.formatted(id, at, amount, party, fromAccount, party, account);
    }
}
