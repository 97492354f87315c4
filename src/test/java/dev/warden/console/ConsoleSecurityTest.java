package dev.warden.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.warden.testing.DefaultCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * The console's sign-in, sessions and headers over HTTP: a browser without a session is sent to sign in, a
 * person without a console role is refused with a page, forms need their CSRF token, cookies are Secure,
 * HttpOnly and SameSite=Strict, and every console response carries the content security policy. /v1 keeps
 * answering 401 with its challenge.
 */
@QuarkusTest
class ConsoleSecurityTest {

    @BeforeEach
    void asABrowser() {
        DefaultCredentials.suspendForThisTest();
    }

    @Test
    void aBrowserWithoutASessionIsSentToSignIn() {
        Response queue = given().redirects().follow(false).get("/console");
        assertThat(queue.statusCode()).isIn(302, 303);
        assertThat(queue.header("Location")).endsWith("/console/login");
        assertSecurityHeaders(queue);
        Response casePage = given().redirects().follow(false).get("/console/cases/" + UUID.randomUUID());
        assertThat(casePage.statusCode()).isIn(302, 303);
        assertThat(casePage.header("Location")).endsWith("/console/login");
    }

    @Test
    void theSignInPageIsOpenAndCarriesTheHeaders() {
        Response login = given().get("/console/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.contentType()).startsWith("text/html");
        assertThat(login.body().asString()).contains("name=\"username\"", "name=\"password\"", "action=\"/console/login\"");
        assertSecurityHeaders(login);
        given().get("/console/assets/console.css").then().statusCode(200);
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void anOfficerSignsInWithASecureHttpOnlyStrictSessionCookie() {
        Response signedIn = ConsoleSession.signInResponse("olga", "olga-test");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        Cookie session = signedIn.detailedCookie("warden-console");
        assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
        assertThat(session.isSecured()).as("Secure").isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(session.getPath()).isEqualTo("/console");

        Response queue = given().redirects().follow(false).cookie("warden-console", session.getValue()).get("/console");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body().asString()).contains("<h1>Queue</h1>", "olga");
        assertSecurityHeaders(queue);
        assertThat(queue.header("Cache-Control")).as("a page of customers' data").isEqualTo("no-store");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsSentBackToTheSignInPage() {
        for (String[] attempt : new String[][] {{"olga", "not-her-password"}, {"nobody", "olga-test"}}) {
            Response refused = ConsoleSession.signInResponse(attempt[0], attempt[1]);
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.header("Location")).contains("/console/login?error");
            assertThat(refused.cookie("warden-console")).isNullOrEmpty();
        }
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        given().redirects().follow(false).header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("username", "olga").formParam("password", "olga-test").post("/console/login")
                .then().statusCode(403);
    }

    @Test
    void aPersonWithoutAConsoleRoleIsRefusedWithAPage() {
        ConsoleSession pat = ConsoleSession.signIn("pat", "pat-test");
        Response refused = pat.request().get("/console");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("text/html");
        assertThat(refused.body().asString()).contains("Not allowed", "pat is signed in");
        assertSecurityHeaders(refused);
        // and may still sign out
        Response out = pat.post("/console/logout");
        assertThat(out.statusCode()).isEqualTo(303);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        ConsoleSession olga = ConsoleSession.signIn("olga", "olga-test");
        Response withoutToken = olga.request().contentType("application/x-www-form-urlencoded").formParam("comment", "x")
                .post("/console/cases/" + UUID.randomUUID() + "/comment");
        assertThat(withoutToken.statusCode()).isEqualTo(400);
        Response wrongToken = olga.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged").formParam("comment", "x")
                .post("/console/cases/" + UUID.randomUUID() + "/comment");
        assertThat(wrongToken.statusCode()).isEqualTo(400);
        Response withToken = olga.post("/console/cases/" + UUID.randomUUID() + "/comment", "comment", "x");
        assertThat(withToken.statusCode()).as("past CSRF: the case does not exist").isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSession() {
        ConsoleSession olga = ConsoleSession.signIn("olga", "olga-test");
        Response out = olga.post("/console/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/console/login?signed-out=true");
        assertThat(out.detailedCookie("warden-console").getMaxAge()).isLessThanOrEqualTo(0);
    }

    @Test
    void apiKeysWithAConsoleRoleAreAcceptedAndOthersRefused() {
        given().header("X-API-Key", "test-officer").get("/console").then().statusCode(200);
        given().header("X-API-Key", "test-supervisor").get("/console").then().statusCode(200);
        given().header("X-API-Key", "test-admin").get("/console").then().statusCode(200);
        given().header("X-API-Key", "test-decide").get("/console").then().statusCode(403);
    }

    @Test
    void theApiStillAnswers401WithItsChallenge() {
        Response api = given().redirects().follow(false).get("/v1/rules");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).contains("ApiKey");
        assertThat(api.header("Content-Security-Policy")).isNull();
    }

    static void assertSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
