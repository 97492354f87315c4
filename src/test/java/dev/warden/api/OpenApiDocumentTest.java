package dev.warden.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The OpenAPI document holds every /v1 path the resources declare and describes each operation with its error
 * shapes and examples; Swagger UI is served.
 */
@QuarkusTest
class OpenApiDocumentTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasItsErrorShapesWithExamples() throws Exception {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertThat(paths.keySet()).containsAll(resourcePaths());
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

    /** Every /v1 path the resources of this package declare, read from their {@code @Path} annotations. */
    private static Set<String> resourcePaths() throws IOException, ClassNotFoundException {
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/warden/api"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = source.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("dev.warden.api." + name);
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null || !base.value().startsWith("/v1")) continue;
                for (Method method : type.getDeclaredMethods()) {
                    if (!isResourceMethod(method)) continue;
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = sub == null ? base.value() : base.value() + "/" + sub.value().replaceFirst("^/", "");
                    paths.add(path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceFirst("/$", ""));
                }
            }
        }
        assertThat(paths).as("resource paths read from dev.warden.api").hasSizeGreaterThan(20);
        return paths;
    }

    private static boolean isResourceMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class)) return true;
        }
        return false;
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
