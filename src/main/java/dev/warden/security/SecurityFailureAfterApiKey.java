package dev.warden.security;

import java.util.function.BiConsumer;

import org.jboss.resteasy.reactive.server.core.Deployment;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * What a request an API key authenticated does when a later security check refuses it (the HTTP permission of its
 * path, a role): the refusal is counted under the endpoint's path template and handed to the routing context's
 * failure handling, as Quarkus REST's own handler does for every other request.
 *
 * <p>Why it replaces that handler: Quarkus REST installs it, for every request that authenticated, from a filter
 * that first looks up the request's path template by building a {@code RequestMapper} of every resource class
 * (ObservabilityIntegrationRecorder.setTemplatePath), on every request, whether a check fails or not; RESTEasy
 * sets the template again for every request that reaches an endpoint. That was 2 to 3% of the service's CPU per
 * decision (docs/throughput.md). The filter leaves a request alone whose failure handler is not Quarkus' default,
 * so this one, installed by {@link ApiKeyAuthenticationMechanism} once a key is accepted, looks the template up
 * only when there is a refusal to count. Bearer tokens and console sessions keep Quarkus' handler.
 */
final class SecurityFailureAfterApiKey implements BiConsumer<RoutingContext, Throwable> {
    static final SecurityFailureAfterApiKey INSTANCE = new SecurityFailureAfterApiKey();

    private SecurityFailureAfterApiKey() {
    }

    /** Makes {@code context}'s later security failures go through this handler. */
    static void installOn(RoutingContext context) {
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, INSTANCE);
    }

    @Override
    public void accept(RoutingContext context, Throwable failure) {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment != null) ObservabilityIntegrationRecorder.setTemplatePath(context, deployment);
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
    }
}
