package dev.warden.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document describes every /v1 operation with its error shapes and examples; Swagger UI is served. */
@QuarkusTest
class OpenApiDocumentTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasItsErrorShapesWithExamples() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/v1/decisions", "/v1/decisions/{decisionId}", "/v1/parties/{partyId}",
                "/v1/rules", "/v1/rules/validate", "/v1/rules/reload", "/v1/screening/search", "/v1/watchlists");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/v1")) continue;
            for (var method : path.getValue().entrySet()) {
                if (!(method.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) continue;
                operations++;
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertThat(responses).as(method.getKey() + " " + path.getKey()).containsKeys("401", "403");
                Map<String, Object> forbidden = (Map<String, Object>) responses.get("403");
                Map<String, Object> content = (Map<String, Object>) forbidden.get("content");
                assertThat(content).as("403 of " + path.getKey()).containsKey("application/problem+json");
                assertThat((Map<String, Object>) content.get("application/problem+json")).containsKey("examples");
            }
        }
        assertThat(operations).isGreaterThan(15);
        assertThat(doc.getMap("components.securitySchemes")).containsKeys("apiKey", "bearer");
        assertThat(doc.getString("paths.'/v1/decisions'.post.responses.'400'.content.'application/problem+json'.examples.problem.value.errors[0].field"))
                .isEqualTo("amount");
        assertThat(doc.getString("paths.'/v1/decisions'.post.requestBody.content.'application/json'.examples.'crypto-transfer-to-grinex'.value.transactionId"))
                .isEqualTo("pay-000123");
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
