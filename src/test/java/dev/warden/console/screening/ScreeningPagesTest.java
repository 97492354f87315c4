package dev.warden.console.screening;

import static dev.warden.console.ConsolePages.FOREIGN_SCRIPT;
import static dev.warden.console.ConsolePages.HOSTILE;
import static dev.warden.console.ConsolePages.officer;
import static dev.warden.console.ConsolePages.page;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.warden.console.ConsolePages.Csrf;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The screening page and the watch-list page, against the shipped seed list, with PostgreSQL. */
@QuarkusTest
class ScreeningPagesTest {
    private static final String SBERBANK = "17018";

    @Test
    void aSearchShowsHitsWithScoreAndWhatMatched() {
        Document page = page(officer().queryParam("name", "Сбербанк России").queryParam("type", "FINANCIAL_INSTITUTION")
                .queryParam("country", "RU"), "/console/screening", 200);
        Element hit = page.select("table.screening-hits tr.hit").first();
        assertThat(hit.select(".list").text()).startsWith("WARDEN_SEED");
        assertThat(hit.select(".entry-id").text()).isEqualTo(SBERBANK);
        assertThat(hit.select(".match-kind").text()).isEqualTo("NAME");
        assertThat(Double.parseDouble(hit.select(".score").text())).isGreaterThanOrEqualTo(0.86);
        assertThat(hit.select(".why").text()).startsWith("name ");
        assertThat(hit.select(".matched").text()).isNotBlank();
        assertThat(page.select("select[name=type] option[selected]").text()).isEqualTo("FINANCIAL_INSTITUTION");
    }

    @Test
    void badFieldsAnswer400NamingThemAndAHostileNameIsText() {
        Document bad = page(officer().queryParam("name", "Sberbank").queryParam("country", "Russia"), "/console/screening", 400);
        assertThat(bad.select(".problem-field").text()).isEqualTo("country");
        assertThat(bad.select(".problem-text").text()).contains("ISO 3166-1 alpha-2");
        assertThat(page(officer().queryParam("name", "x").queryParam("dateOfBirth", "May 1970"), "/console/screening", 400)
                .select(".problem-field").text()).isEqualTo("dateOfBirth");
        assertThat(page(officer().queryParam("country", "RU"), "/console/screening", 400).select(".problem-field").text())
                .isEqualTo("name");

        Document hostile = page(officer().queryParam("name", HOSTILE), "/console/screening", 200);
        assertThat(hostile.select("input[name=name]").attr("value")).isEqualTo(HOSTILE);
        assertThat(hostile.select(FOREIGN_SCRIPT)).isEmpty();
    }

    @Test
    void anOfficerClearsAHitAndUndoesItThroughCsrfGuardedForms() {
        String party = Requests.uniqueId("cp-clear") + HOSTILE;
        officer().formParam("partyId", party).formParam("list", "WARDEN_SEED").formParam("entryId", SBERBANK)
                .formParam("reason", "no token").post("/console/screening/clearances").then().statusCode(400);
        assertThat(clearancesOf(party).getList("$")).isEmpty();

        Csrf csrf = Csrf.from("/console/screening");
        csrf.post().formParam("partyId", party).formParam("list", "WARDEN_SEED").formParam("entryId", SBERBANK)
                .formParam("reason", HOSTILE).post("/console/screening/clearances").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/console/screening#clearances"));
        JsonPath stored = clearancesOf(party);
        assertThat(stored.getString("[0].clearedBy")).isEqualTo("test-officer");
        assertThat(stored.getString("[0].reason")).isEqualTo(HOSTILE);
        String clearanceId = stored.getString("[0].clearanceId");

        Document page = page(officer().queryParam("name", "Sberbank Rossii").queryParam("partyId", party),
                "/console/screening", 200);
        Element row = page.getElementById("clearance-" + clearanceId);
        assertThat(row.select(".party").text()).isEqualTo(party);
        assertThat(row.select(".reason").text()).isEqualTo(HOSTILE);
        assertThat(row.select(".cleared-by").text()).isEqualTo("test-officer");
        assertThat(page.select(FOREIGN_SCRIPT)).isEmpty();
        assertThat(page.select("tr.hit.cleared .entry-id").eachText()).contains(SBERBANK);

        Document again = org.jsoup.Jsoup.parse(csrf.post().formParam("partyId", party).formParam("list", "WARDEN_SEED")
                .formParam("entryId", SBERBANK).formParam("reason", "twice").post("/console/screening/clearances")
                .then().statusCode(409).extract().asString());
        assertThat(again.select(".problem-text").text()).contains("already cleared (clearance " + clearanceId + ")");
        Document unknown = org.jsoup.Jsoup.parse(csrf.post().formParam("partyId", party).formParam("list", "WARDEN_SEED")
                .formParam("entryId", "no-such-entry").formParam("reason", "x").post("/console/screening/clearances")
                .then().statusCode(404).extract().asString());
        assertThat(unknown.select(".problem-text").text()).contains("no entry no-such-entry on WARDEN_SEED");
        Document noReason = org.jsoup.Jsoup.parse(csrf.post().formParam("partyId", party).formParam("list", "WARDEN_SEED")
                .formParam("entryId", SBERBANK).formParam("reason", " ").post("/console/screening/clearances")
                .then().statusCode(400).extract().asString());
        assertThat(noReason.select(".problem-field").text()).isEqualTo("reason");
        assertThat(noReason.select("input[name=partyId]").last().attr("value")).isEqualTo(party);

        officer().formParam("clearanceId", clearanceId).formParam("reason", "no token")
                .post("/console/screening/clearances/undo").then().statusCode(400);
        assertThat(clearancesOf(party).getString("[0].undoneAt")).isNull();
        Document badId = org.jsoup.Jsoup.parse(csrf.post().formParam("clearanceId", "nope").formParam("reason", "x")
                .post("/console/screening/clearances/undo").then().statusCode(400).extract().asString());
        assertThat(badId.select(".problem-field").text()).isEqualTo("clearanceId");
        csrf.post().formParam("clearanceId", clearanceId).formParam("reason", "the entry changed")
                .post("/console/screening/clearances/undo").then().statusCode(303);
        JsonPath undone = clearancesOf(party);
        assertThat(undone.getString("[0].undoneBy")).isEqualTo("test-officer");
        assertThat(undone.getString("[0].undoReason")).isEqualTo("the entry changed");
        assertThat(page(officer(), "/console/screening", 200).getElementById("clearance-" + clearanceId)
                .select(".undo-reason").text()).isEqualTo("the entry changed");
    }

    @Test
    void theListsPageShowsEachListsVersionEntriesAndState() {
        JsonPath api = given().get("/v1/watchlists").then().statusCode(200).extract().jsonPath();
        Document page = page(officer(), "/console/lists", 200);
        Element seed = page.select("table.watch-lists tr:has(td.name:containsOwn(WARDEN_SEED))").first();
        assertThat(seed.select(".version").text()).isEqualTo(api.getString("lists.find { it.name == 'WARDEN_SEED' }.version"));
        assertThat(seed.select(".entries").text()).isEqualTo(api.getString("lists.find { it.name == 'WARDEN_SEED' }.entries"));
        assertThat(seed.select(".state").text()).isEqualTo("OK");
        assertThat(page.select(".clearances-in-force").text()).isEqualTo(api.getString("clearancesInForce"));
        assertThat(page.select("section.rescreening")).isNotEmpty();
    }

    private static JsonPath clearancesOf(String party) {
        return given().queryParam("partyId", party).get("/v1/screening/clearances").then().statusCode(200)
                .extract().jsonPath();
    }
}
