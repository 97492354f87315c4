package dev.warden.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.warden.testing.DefaultCredentials;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request an API key authenticated that a later security check refuses (the HTTP permission of its path) is
 * answered and counted as Quarkus answers and counts it for any other caller ({@link SecurityFailureAfterApiKey}
 * takes over Quarkus' handler for such requests): the same 403 as for a bearer JWT with the same roles, and the
 * request metric under the endpoint's path template, not the path with its id. And the handler is still this one
 * when the request reaches its route, so Quarkus REST's filter has left it alone (the point of the class: that filter
 * would otherwise build a RequestMapper for the request).
 */
@QuarkusTest
class SecurityFailureAfterApiKeyTest {
    private static final String CASE = "/v1/cases/00000000-0000-0000-0000-00000000403a";
    private static final String PROBE = "/test-only/auth-failure-handler";

    /** A route, for this test only, that answers with the class of the failure handler its request arrived with. */
    @ApplicationScoped
    static class FailureHandlerProbe {
        void route(@Observes Router router) {
            router.get(PROBE).handler(context -> {
                Object handler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
                context.response().end(handler == null ? "none" : handler.getClass().getName());
            });
        }
    }

    @BeforeEach
    void onlyTheCredentialsEachRequestNames() {
        DefaultCredentials.suspendForThisTest();
    }

    @Test
    void aKeyWithoutTheRoleIsRefusedAsABearerTokenWithoutItIs() {
        String decideOnly = Jwt.issuer("https://warden.test/issuer").audience("warden").upn("payments")
                .groups(Set.of("decide")).sign();
        Response byKey = given().header("X-API-Key", "test-decide").get(CASE);
        Response byToken = given().auth().oauth2(decideOnly).get(CASE);

        assertThat(byKey.statusCode()).isEqualTo(403);
        assertThat(byKey.contentType()).isEqualTo(byToken.contentType());
        assertThat(byKey.body().asString()).isEqualTo(byToken.body().asString());
    }

    @Test
    void theRefusalIsCountedUnderThePathTemplate() {
        given().header("X-API-Key", "test-decide").get(CASE).then().statusCode(403);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")
                && line.contains("status=\"403\"") && line.contains("method=\"GET\"")))
                .anyMatch(line -> line.contains("uri=\"/v1/cases/{caseId}\""))
                .noneMatch(line -> line.contains("403a"));
    }

    @Test
    void aRequestAKeyAuthenticatedReachesItsRouteWithThisHandlerAndATokenWithQuarkusOwn() {
        String token = Jwt.issuer("https://warden.test/issuer").audience("warden").upn("payments")
                .groups(Set.of("decide")).sign();

        assertThat(given().header("X-API-Key", "test-decide").get(PROBE).then().statusCode(200).extract().asString())
                .isEqualTo(SecurityFailureAfterApiKey.class.getName());
        assertThat(given().auth().oauth2(token).get(PROBE).then().statusCode(200).extract().asString())
                .startsWith("io.quarkus.").isNotEqualTo(SecurityFailureAfterApiKey.class.getName());
    }
}
