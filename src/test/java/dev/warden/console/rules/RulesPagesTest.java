package dev.warden.console.rules;

import static dev.warden.console.ConsolePages.officer;
import static dev.warden.console.ConsolePages.page;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.warden.console.ConsolePages.Csrf;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The rules page, on the shipped rules folder: what serves, scenarios on a CSRF-guarded button, shadow, backtests. */
@QuarkusTest
class RulesPagesTest {

    @Test
    void thePageShowsTheServingSetItsFilesRulesAndLastReloadAsTheApiDoes() throws Exception {
        JsonPath api = given().get("/v1/rules").then().statusCode(200).extract().jsonPath();
        Document page = page(officer(), "/console/rules", 200);

        assertThat(page.select(".rule-set .rule-set-version").text()).isEqualTo(api.getString("version"));
        assertThat(page.select("table.rule-files .path").eachText()).containsExactlyElementsOf(api.getList("files"));
        Element first = page.select("table.rule-files tbody tr").first();
        Path file = Path.of("rules", first.select(".path").text());
        assertThat(first.select(".bytes").text()).isEqualTo(String.valueOf(Files.size(file)));
        assertThat(first.select(".sha256").text()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(page.select("table.rules .rule-id").eachText()).containsExactlyInAnyOrderElementsOf(api.getList("rules.id"));
        List<String> categories = page.select("table.rules tr:has(td.rule-id:containsOwn(KYC_UNVERIFIED_ABOVE_THRESHOLD)) .category").eachText();
        assertThat(categories).containsExactly("KYC");
        assertThat(page.select(".reload-result").text()).isIn("activated", "unchanged");
        assertThat(page.select(".reload-errors")).isEmpty();

        JsonPath shadow = given().get("/v1/rules/shadow").then().statusCode(200).extract().jsonPath();
        assertThat(page.select("section.shadow .shadow-off").isEmpty()).isEqualTo(shadow.getBoolean("enabled"));
    }

    @Test
    void scenariosRunOnAPostWithTheCsrfTokenAndNotWithoutIt() {
        officer().post("/console/rules/scenarios").then().statusCode(400);
        Csrf csrf = Csrf.from("/console/rules");
        assertThat(csrf.token()).isNotBlank();
        officer().cookie("csrf-token", csrf.cookie()).formParam("csrf-token", "forged-" + csrf.token())
                .post("/console/rules/scenarios").then().statusCode(400);

        csrf.post().post("/console/rules/scenarios").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/console/rules#scenarios"));
        Document page = page(officer(), "/console/rules", 200);
        assertThat(page.select(".scenario-summary .ran-by").text()).isEqualTo("test-officer");
        assertThat(Integer.parseInt(page.select(".scenario-summary .passed").text())).isPositive();
        assertThat(page.select(".scenario-summary .failed").text()).isEqualTo("0");
        assertThat(page.select("table.scenario-results tbody tr")).hasSize(
                Integer.parseInt(page.select(".scenario-summary .passed").text()));
    }

    @Test
    void backtestsAreListedAndEachShowsItsReport() {
        Decisions.decide(Requests.wire(Requests.uniqueId("cp-bt"), "2026-03-03T03:03:00Z", "5000",
                Requests.uniqueId("cp-party"), Requests.uniqueId("acc"), Requests.uniqueId("acc")));
        // REST Assured types this bodiless POST as a form: the console's CSRF check must leave /v1 alone.
        String id = given().queryParam("from", "2026-03-03T03:00:00Z").queryParam("to", "2026-03-03T04:00:00Z")
                .post("/v1/rules/backtest").then().statusCode(202).extract().jsonPath().getString("id");
        JsonPath job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/v1/rules/backtest/" + id).then().extract().jsonPath(),
                        j -> "DONE".equals(j.getString("status")));

        Document rules = page(officer(), "/console/rules", 200);
        assertThat(rules.select("a.backtest-link").eachAttr("href")).contains("/console/rules/backtests/" + id);
        Document page = page(officer(), "/console/rules/backtests/" + id, 200);
        assertThat(page.select(".job-id").text()).isEqualTo(id);
        assertThat(page.select(".backtest-job .status").text()).isEqualTo("DONE");
        assertThat(page.select(".report-summary .decisions").text()).isEqualTo(job.getString("report.decisions"));
        assertThat(page.select(".report-summary .changed").text()).isEqualTo("0");
        assertThat(page.select("table.outcomes td:eq(0)").eachText()).contains("REVIEW");

        assertThat(page(officer(), "/console/rules/backtests/nope", 400).select(".problem-field").text()).isEqualTo("id");
        assertThat(page(officer(), "/console/rules/backtests/" + java.util.UUID.randomUUID(), 404)
                .select(".problem-text").text()).contains("no backtest");
    }
}
