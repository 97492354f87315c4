package dev.warden.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.warden.testing.DefaultCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Every /v1 endpoint: 401 without credentials, 403 for each role that may not call it, neither for the roles
 * that may; every /console page: a redirect to the sign-in page without credentials, 403 without a console role.
 * (Approving and returning a case's proposal are reached by officers too: review then refuses a caller
 * without the supervisor role with its own 403, ReviewLoopTest.) Health, metrics and OpenAPI stay open. API keys and bearer JWTs both work.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final String ID = "00000000-0000-0000-0000-000000000000";
    private static final List<String> ROLES = List.of("decide", "onboarding", "officer", "supervisor", "admin");

    record Endpoint(String method, String path, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST", "/v1/decisions", Set.of("decide")),
                new Endpoint("POST", "/v1/decisions/simulate", Set.of("decide")),
                new Endpoint("GET", "/v1/decisions", Set.of("decide", "officer")),
                new Endpoint("GET", "/v1/decisions/" + ID, Set.of("decide", "officer")),
                new Endpoint("GET", "/v1/decisions/" + ID + "/status-report", Set.of("decide", "officer")),
                new Endpoint("POST", "/v1/decisions/" + ID + "/replay", Set.of("officer")),
                new Endpoint("PUT", "/v1/parties/p-1", Set.of("onboarding")),
                new Endpoint("GET", "/v1/parties/p-1", Set.of("onboarding", "officer")),
                new Endpoint("GET", "/v1/parties/p-1/history", Set.of("onboarding", "officer")),
                new Endpoint("GET", "/v1/rules", Set.of("officer")),
                new Endpoint("GET", "/v1/rules/versions", Set.of("officer")),
                new Endpoint("POST", "/v1/rules/validate", Set.of("officer")),
                new Endpoint("POST", "/v1/rules/backtest", Set.of("officer")),
                new Endpoint("GET", "/v1/rules/backtest/" + ID, Set.of("officer")),
                new Endpoint("GET", "/v1/rules/shadow", Set.of("officer")),
                new Endpoint("POST", "/v1/rules/reload", Set.of("admin")),
                new Endpoint("POST", "/v1/screening/search", Set.of("officer")),
                new Endpoint("POST", "/v1/screening/rescreen", Set.of("admin")),
                new Endpoint("GET", "/v1/screening/rescreen", Set.of("officer", "admin")),
                new Endpoint("GET", "/v1/screening/rescreen/" + ID, Set.of("officer", "admin")),
                new Endpoint("GET", "/v1/watchlists", Set.of("officer")),
                new Endpoint("POST", "/v1/watchlists/refresh", Set.of("admin")),
                new Endpoint("POST", "/v1/history/import", Set.of("admin")),
                new Endpoint("POST", "/v1/screening/clearances", Set.of("officer")),
                new Endpoint("GET", "/v1/screening/clearances", Set.of("officer")),
                new Endpoint("DELETE", "/v1/screening/clearances/" + ID, Set.of("officer")),
                new Endpoint("GET", "/v1/alerts", Set.of("officer", "supervisor")),
                new Endpoint("GET", "/v1/alerts/" + ID, Set.of("officer", "supervisor")),
                new Endpoint("GET", "/v1/cases", Set.of("officer", "supervisor")),
                new Endpoint("GET", "/v1/cases/" + ID, Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/claim", Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/assign", Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/comment", Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/propose", Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/approve", Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/return", Set.of("officer", "supervisor")),
                new Endpoint("POST", "/v1/cases/" + ID + "/reopen", Set.of("officer", "supervisor")),
                new Endpoint("GET", "/v1/events", Set.of("decide", "officer")),
                new Endpoint("POST", "/v1/events", Set.of()),
                new Endpoint("GET", "/v1/webhooks", Set.of("admin")),
                new Endpoint("GET", "/v1/webhooks/deliveries", Set.of("admin")),
                new Endpoint("GET", "/v1/webhooks/deliveries/" + ID, Set.of("admin")),
                new Endpoint("POST", "/v1/webhooks/deliveries/" + ID + "/payments/retry", Set.of("admin")),
                new Endpoint("GET", "/v1/cases/" + ID + "/reports", Set.of("officer", "supervisor")),
                new Endpoint("GET", "/v1/cases/" + ID + "/reports/" + ID, Set.of("officer", "supervisor")),
                new Endpoint("GET", "/v1/not-an-endpoint", Set.of()));
    }

    static Stream<Arguments> cases() {
        return withoutAndWithEachRole(endpoints());
    }

    private static Stream<Arguments> withoutAndWithEachRole(Stream<Endpoint> endpoints) {
        List<Arguments> cases = new ArrayList<>();
        endpoints.forEach(e -> {
            cases.add(Arguments.of(e, null));
            ROLES.forEach(role -> cases.add(Arguments.of(e, role)));
        });
        return cases.stream();
    }

    /** The officer console: people with a console role (or an API key with one); a browser without is sent to sign in. */
    static Stream<Endpoint> consoleEndpoints() {
        Set<String> console = Set.of("officer", "supervisor", "admin");
        return Stream.of(
                new Endpoint("GET", "/console", console),
                new Endpoint("GET", "/console/cases/" + ID, console),
                new Endpoint("POST", "/console/cases/" + ID + "/claim", console),
                new Endpoint("POST", "/console/cases/" + ID + "/propose", console),
                new Endpoint("POST", "/console/cases/" + ID + "/approve", console),
                new Endpoint("GET", "/console/fragments/cases/" + ID + "/timeline", console),
                new Endpoint("GET", "/console/decisions", console),
                new Endpoint("GET", "/console/not-a-page", console));
    }

    static Stream<Arguments> consoleCases() {
        return withoutAndWithEachRole(consoleEndpoints());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("consoleCases")
    void theConsoleIsForPeopleWithAConsoleRole(Endpoint endpoint, String role) {
        RequestSpecification request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded");
        if (role != null) request.header("X-API-Key", "test-" + role);
        var response = request.request(endpoint.method(), endpoint.path());
        if (role == null) {
            assertThat(response.statusCode()).as("without credentials: sign in").isIn(302, 303);
            assertThat(response.header("Location")).endsWith("/console/login");
        } else if (endpoint.allowed().contains(role)) {
            assertThat(response.statusCode()).as("role " + role + " is allowed").isNotIn(302, 303, 401, 403);
        } else {
            assertThat(response.statusCode()).as("role " + role + " is not allowed").isEqualTo(403);
        }
    }

    @Test
    void theConsoleSignInPageAndAssetsAreOpen() {
        given().get("/console/login").then().statusCode(200);
        given().get("/console/assets/console.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @BeforeEach
    void noDefaultCredentials() {
        DefaultCredentials.suspendForThisTest();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachRoleReachesOnlyItsEndpoints(Endpoint endpoint, String role) {
        RequestSpecification request = given().contentType("application/json").body("{}");
        if (role != null) request.header("X-API-Key", "test-" + role);
        int status = request.request(endpoint.method(), endpoint.path()).statusCode();
        if (role == null) {
            assertThat(status).as("without credentials").isEqualTo(401);
        } else if (endpoint.allowed().contains(role)) {
            assertThat(status).as("role " + role + " is allowed").isNotIn(401, 403);
        } else {
            assertThat(status).as("role " + role + " is not allowed").isEqualTo(403);
        }
    }

    @Test
    void anUnknownApiKeyIs401() {
        given().header("X-API-Key", "not-a-key").get("/v1/rules").then().statusCode(401);
    }

    @Test
    void bearerJwtsFromTheConfiguredIssuerCarryTheirGroupsAsRoles() {
        String officer = Jwt.issuer("https://warden.test/issuer").audience("warden").upn("olga@bank.example")
                .groups(Set.of("officer")).sign();
        String payments = Jwt.issuer("https://warden.test/issuer").audience("warden").upn("payments")
                .groups(Set.of("decide")).sign();
        String otherIssuer = Jwt.issuer("https://evil.example").audience("warden").upn("x").groups(Set.of("officer")).sign();
        given().auth().oauth2(officer).get("/v1/rules").then().statusCode(200);
        given().auth().oauth2(payments).get("/v1/rules").then().statusCode(403);
        given().auth().oauth2(otherIssuer).get("/v1/rules").then().statusCode(401);
    }

    /** mp.jwt.verify.audiences (WARDEN_JWT_AUDIENCE, "warden"): a token made for another service does not pass. */
    @Test
    void bearerJwtsMustBeMeantForWarden() {
        String issuer = "https://warden.test/issuer";
        String forWarden = Jwt.issuer(issuer).audience(Set.of("payments-gateway", "warden")).upn("olga")
                .groups(Set.of("officer")).sign();
        String forAnotherService = Jwt.issuer(issuer).audience("payments-gateway").upn("olga").groups(Set.of("officer")).sign();
        String forNoService = Jwt.issuer(issuer).upn("olga").groups(Set.of("officer")).sign();
        given().auth().oauth2(forWarden).get("/v1/rules").then().statusCode(200);
        given().auth().oauth2(forAnotherService).get("/v1/rules").then().statusCode(401);
        given().auth().oauth2(forNoService).get("/v1/rules").then().statusCode(401);
    }

    @Test
    void probesMetricsAndOpenApiStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
