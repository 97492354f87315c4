package dev.warden.console.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The console's OIDC authorization-code sign-in against {@link TestOpenIdProvider}: a browser (JDK HttpClient with
 * its own cookies, redirects followed by hand) goes to /console/sso, the provider, and back.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.WithOpenIdProvider.class)
class OidcSignInTest {
    public static class WithOpenIdProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TestOpenIdProvider.class));
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void anOfficerSignsInAtTheProviderAndSeesTheQueueUnderTheirName() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.signIn("olivia.sso");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/console");
        assertThat(page.body()).contains("<span class=\"who\">olivia.sso</span>").contains("Alerts");

        HttpResponse<String> again = browser.get(URI.create(root + "console"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("olivia.sso");
    }

    @Test
    void theGroupsClaimGivesTheRolesASupervisorIsInAndAnAuditorIsRefused() throws Exception {
        HttpResponse<String> supervisor = new Browser().signIn("simon.sso");
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(supervisor.body()).contains("<span class=\"who\">simon.sso</span>");

        HttpResponse<String> auditor = new Browser().signIn("nora.sso");
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(auditor.body()).contains("nora.sso is signed in, but").contains("needs the role officer");
    }

    @Test
    void aTamperedStateIsRefusedAndLeavesNoSession() throws Exception {
        Browser browser = new Browser();
        URI callback = browser.atProvider("olivia.sso");
        URI tampered = URI.create(callback.toString().replaceAll("state=[^&]+", "state=" + UUID.randomUUID()));
        assertThat(tampered).isNotEqualTo(callback);
        // Quarkus does not exchange the code: it starts the flow anew, with a state of its own.
        HttpResponse<String> refused = browser.get(tampered);
        assertThat(refused.statusCode()).isEqualTo(302);
        URI again = URI.create(refused.headers().firstValue("Location").orElseThrow());
        assertThat(again.getPath()).isEqualTo("/authorize");
        assertThat(TestQuery.of(again).get("state")).isNotEqualTo(TestQuery.of(callback).get("state"));
        browser.assertNotSignedIn();
    }

    @Test
    void aCodeTheProviderDidNotIssueIsRefusedAndLeavesNoSession() throws Exception {
        Browser browser = new Browser();
        URI callback = browser.atProvider("olivia.sso");
        URI wrongCode = URI.create(callback.toString().replaceAll("code=[^&]+", "code=" + UUID.randomUUID()));
        HttpResponse<String> refused = browser.follow(wrongCode);
        assertThat(refused.statusCode()).isEqualTo(401);
        browser.assertNotSignedIn();
    }

    @Test
    void apiKeysStillWorkOnV1WithTheProviderConfigured() {
        given().get("/v1/cases").then().statusCode(200);
        given().header("X-API-Key", "").get("/v1/cases").then().statusCode(401);
    }

    @Test
    void bearerJwtsStillWorkOnV1WithTheProviderConfigured() {
        String officer = Jwt.issuer("https://warden.test/issuer").audience("warden").upn("olga@bank.example")
                .groups(Set.of("officer")).sign();
        given().header("X-API-Key", "").auth().oauth2(officer).get("/v1/cases").then().statusCode(200);
        String payments = Jwt.issuer("https://warden.test/issuer").audience("warden").upn("payments")
                .groups(Set.of("decide")).sign();
        given().header("X-API-Key", "").auth().oauth2(payments).get("/v1/cases").then().statusCode(403);
    }

    @Test
    void onlyASupervisorSignedInThroughTheProviderIsOfferedTheApprovalAndGivesItUnderTheirName() throws Exception {
        // A REVIEW proposed as reported waits for a second pair of eyes; test-officer proposes it.
        String party = Requests.uniqueId("sso");
        Decisions.putProfile(party, Requests.profile("Sso Customer", "PENDING", null, null));
        JsonPath decision = Decisions.decide(Requests.wire(Requests.uniqueId("sso-t"), "2026-11-20T10:15:30Z", "5000",
                party, Requests.uniqueId("acc"), Requests.uniqueId("acc")));
        JsonPath review = given().get("/v1/decisions/" + decision.getString("decisionId")).then().extract()
                .jsonPath().setRootPath("review");
        String caseId = review.getString("caseId");
        given().header("X-API-Key", "test-officer").contentType("application/json").body("""
                {"disposition": "REPORTED", "outcomes": {"%s": "REJECT"}, "narrative": "reported"}
                """.formatted(review.getString("alertId"))).post("/v1/cases/" + caseId + "/propose")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("PENDING_APPROVAL"));
        URI casePage = URI.create(root + "console/cases/" + caseId);

        Browser officer = new Browser();
        officer.signIn("olivia.sso");
        Document asOfficer = Jsoup.parse(officer.get(casePage).body());
        assertThat(asOfficer.select("#case-status").text()).isEqualTo("PENDING_APPROVAL");
        assertThat(asOfficer.select("#approve-form")).as("an officer without the supervisor role").isEmpty();

        Browser supervisor = new Browser();
        supervisor.signIn("simon.sso");
        Document asSupervisor = Jsoup.parse(supervisor.get(casePage).body());
        Element form = asSupervisor.selectFirst("#approve-form");
        assertThat(form).as("the approval form for a supervisor who did not propose").isNotNull();
        Element csrf = form.selectFirst("input[type=hidden]");
        HttpResponse<String> approved = supervisor.post(URI.create(root + "console/cases/" + caseId + "/approve"),
                csrf.attr("name") + "=" + csrf.attr("value") + "&comment=agreed");
        assertThat(approved.statusCode()).isEqualTo(303);
        given().get("/v1/decisions/" + decision.getString("decisionId")).then()
                .body("review.state", org.hamcrest.Matchers.equalTo("DISPOSED"));
        given().get("/v1/alerts/" + review.getString("alertId")).then()
                .body("disposedBy", org.hamcrest.Matchers.equalTo("test-officer"))
                .body("approvedBy", org.hamcrest.Matchers.equalTo("simon.sso"));
    }

    /** A browser: keeps its cookies, follows redirects by hand so each hop can be checked. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Starts the code flow at /console/sso, signs in at the provider; the console callback it is sent to. */
        URI atProvider(String login) throws IOException, InterruptedException {
            HttpResponse<String> start = get(URI.create(root + "console/sso"));
            assertThat(start.statusCode()).isEqualTo(302);
            URI authorize = location(start);
            assertThat(authorize.getPath()).isEqualTo("/authorize");
            Map<String, String> query = TestQuery.of(authorize);
            assertThat(query).containsEntry("response_type", "code")
                    .containsEntry("client_id", TestOpenIdProvider.CLIENT_ID).containsKeys("state", "nonce");
            assertThat(query.get("redirect_uri")).isEqualTo(root + "console/sso");

            HttpResponse<String> signedIn = get(URI.create(authorize + "&login=" + login));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            URI callback = location(signedIn);
            assertThat(callback.getPath()).isEqualTo("/console/sso");
            assertThat(TestQuery.of(callback)).containsKeys("code", "state")
                    .containsEntry("state", query.get("state"));
            return callback;
        }

        HttpResponse<String> signIn(String login) throws IOException, InterruptedException {
            return follow(atProvider(login));
        }

        /** Follows the console's redirects from there to the page where they end. */
        HttpResponse<String> follow(URI uri) throws IOException, InterruptedException {
            HttpResponse<String> response = get(uri);
            for (int hop = 0; hop < 5 && response.statusCode() / 100 == 3; hop++) {
                URI next = location(response);
                assertThat(next.getPort()).as("stays on the console").isEqualTo(root.getPort());
                response = get(next);
            }
            return response;
        }

        void assertNotSignedIn() throws IOException, InterruptedException {
            HttpResponse<String> queue = get(URI.create(root + "console"));
            assertThat(queue.statusCode()).isEqualTo(302);
            assertThat(queue.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/console/login"));
        }

        private URI location(HttpResponse<String> response) {
            return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        }
    }
}
