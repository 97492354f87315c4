package dev.warden.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@link SecurityFailureAfterApiKey} on a real Vert.x router, outside Quarkus (so without a RESTEasy deployment whose
 * template it could look up): a security failure handed to it fails the route with the failure's root cause, as
 * Quarkus REST's own handler does, so the route's failure handling answers it; a failure that is not an
 * authentication failure is marked as such for Quarkus; a route that has failed already is not failed again.
 */
class SecurityFailureAfterApiKeyRoutingTest {
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final CountDownLatch refusedAfterFailing = new CountDownLatch(1);
    private Vertx vertx;
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.get("/forbidden").handler(context -> refuse(context, new CompletionException(new ForbiddenException("role"))));
        router.get("/unauthenticated").handler(context -> refuse(context, new AuthenticationFailedException("key")));
        router.get("/failed-already").handler(context -> {
            context.fail(418);
            refuse(context, new ForbiddenException("late"));
            refusedAfterFailing.countDown();
        });
        router.route().failureHandler(context -> {
            String seen = context.statusCode() + " " + (context.failure() == null ? "-"
                    : context.failure().getClass().getSimpleName() + ":" + context.failure().getMessage())
                    + " other=" + DefaultAuthFailureHandler.isOtherAuthenticationFailure(context);
            failures.add(seen);
            if (!context.response().ended()) context.response().setStatusCode(200).end(seen);
        });
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRefusalFailsTheRouteWithItsRootCauseMarkedAsNoAuthenticationFailure() throws Exception {
        assertThat(get("/forbidden")).isEqualTo("500 ForbiddenException:role other=true");
    }

    @Test
    void anAuthenticationFailureIsNotMarkedAsOther() throws Exception {
        assertThat(get("/unauthenticated")).isEqualTo("500 AuthenticationFailedException:key other=false");
    }

    @Test
    void aRouteThatFailedAlreadyKeepsItsFailure() throws Exception {
        assertThat(get("/failed-already")).isEqualTo("418 - other=false");
        assertThat(refusedAfterFailing.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).containsExactly("418 - other=false");
    }

    private static void refuse(RoutingContext context, Throwable failure) {
        SecurityFailureAfterApiKey.installOn(context);
        BiConsumer<RoutingContext, Throwable> handler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        handler.accept(context, failure);
    }

    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
