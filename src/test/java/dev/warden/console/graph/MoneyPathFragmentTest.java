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

/**
 * The money-path fragment over HTTP on the shipped rules and PostgreSQL: a chain of three transfers through an
 * account whose id is markup is drawn as four accounts and three transfers, amounts and times on the edges, the
 * decided one marked, the hostile id escaped.
 */
@QuarkusTest
class MoneyPathFragmentTest {
    static final String OFFICER_KEY = "test-officer";
    private static final String HOSTILE = "\"><script>alert(1)</script>";

    @Test
    void aChainFindingIsDrawnWithItsAccountsTransfersAndAmounts() {
        String run = Requests.uniqueId("mp");
        String first = run + "-first";
        String second = HOSTILE + run;
        String third = run + "-third";
        String fourth = run + "-fourth";
        Decisions.putProfile(run + "-p3", Requests.verifiedProfile("Ivan Petrov"));
        Decisions.decide(wire(run + "-1", "2026-11-20T08:00:00Z", "10000", run + "-p1", first, second));
        Decisions.decide(wire(run + "-2", "2026-11-20T20:00:00Z", "9800", run + "-p2", second, third));
        JsonPath decided = Decisions.decide(wire(run + "-3", "2026-11-21T10:00:00Z", "9600", run + "-p3", third, fourth));
        List<String> rules = decided.getList("findings.ruleId");
        int chain = rules.indexOf("LAYERING_CHAIN");
        assertThat(chain).as("findings %s", rules).isNotNegative();
        String decisionId = decided.getString("decisionId");

        String html = fragment(decisionId, chain, 200);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(html).doesNotContain("<script>").doesNotContain("style=");
        Element figure = doc.selectFirst("figure.money-path");
        assertThat(figure).isNotNull();
        Element svg = figure.selectFirst("svg");
        assertThat(svg.attr("viewBox")).startsWith("0 0 ");
        List<String> nodes = svg.select("g.node > title").eachText();
        assertThat(nodes).containsExactly(first, second, third, fourth);
        assertThat(svg.select("g.edge")).hasSize(3);
        assertThat(svg.select("g.edge tspan.amount").eachText()).containsExactly("10,000 USD", "9,800 USD", "9,600 USD");
        assertThat(svg.select("g.edge tspan.time").eachText())
                .containsExactly("2026-11-20 08:00 UTC", "2026-11-20 20:00 UTC", "2026-11-21 10:00 UTC");
        assertThat(svg.select("g.edge.decided")).singleElement()
                .satisfies(e -> assertThat(e.selectFirst("title").text()).contains(run + "-3"));
        assertThat(svg.selectFirst("desc").text()).contains(second + " paid " + third + " 9,800 USD");
        assertThat(figure.select("table.money-path-transfers tbody tr")).hasSize(3);
        assertThat(figure.select("tr.decided td").eachText()).contains(third, fourth, "9,600 USD");
        assertThat(figure.selectFirst(".money-path-summary").text()).contains("LAYERING_CHAIN", "Chain through 4 accounts");
    }

    @Test
    void unknownDecisionsBadIndexesAndFindingsWithoutAPathAre404Fragments() {
        String run = Requests.uniqueId("mp-none");
        // An unverified customer above the KYC threshold: a KYC finding, no layering.
        JsonPath decided = Decisions.decide(wire(run + "-1", "2026-11-20T08:00:00Z", "12000", run + "-p", run + "-a",
                run + "-b"));
        String decisionId = decided.getString("decisionId");
        int findings = decided.getList("findings").size();
        assertThat(findings).isPositive();
        assertThat(decided.getList("findings.category")).doesNotContain("LAYERING");

        assertThat(Jsoup.parseBodyFragment(fragment(decisionId, 0, 404)).text())
                .isEqualTo("This finding names no path of transfers.");
        assertThat(Jsoup.parseBodyFragment(fragment(decisionId, findings, 404)).text())
                .isEqualTo("The decision has no finding " + findings + ".");
        assertThat(Jsoup.parseBodyFragment(fragment("00000000-0000-0000-0000-000000000000", 0, 404)).text())
                .isEqualTo("No such decision.");
        String badId = given().header("X-API-Key", OFFICER_KEY)
                .get("/console/fragments/decisions/not-a-uuid/findings/0/path")
                .then().statusCode(404).contentType("text/html").extract().asString();
        assertThat(badId).contains("No such decision.").doesNotContain("Exception");
        given().header("X-API-Key", OFFICER_KEY).get("/console/fragments/decisions/" + decisionId + "/findings/-1/path")
                .then().statusCode(404).contentType("text/html");
    }

    private static String fragment(String decisionId, int index, int status) {
        return given().header("X-API-Key", OFFICER_KEY)
                .get("/console/fragments/decisions/" + decisionId + "/findings/" + index + "/path")
                .then().statusCode(status).contentType("text/html").extract().asString();
    }

    static String wire(String id, String at, String amount, String party, String from, String to) {
        return Requests.wire(id, at, amount, party, json(from), json(to));
    }

    static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
