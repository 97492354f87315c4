package dev.warden.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Every REST Assured call of the suite that carries no credentials of its own sends the test key that has every
 * role, so tests about behaviour need not repeat credentials. The authorisation matrix test turns this off with
 * {@link #suspendForThisTest()} to call without credentials.
 */
public class DefaultCredentials implements QuarkusTestBeforeEachCallback {
    public static final String ALL_ROLES_KEY = "test-all";
    private static volatile boolean enabled = true;

    private static final Filter ADD_KEY = (request, response, context) -> {
        boolean hasOwn = request.getHeaders().hasHeaderWithName("X-API-Key")
                || request.getHeaders().hasHeaderWithName("Authorization");
        if (enabled && !hasOwn) request.header("X-API-Key", ALL_ROLES_KEY);
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        enabled = true;
        RestAssured.replaceFiltersWith(ADD_KEY);
    }

    public static void suspendForThisTest() {
        enabled = false;
    }
}
