package dev.warden.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads {@code X-API-Key}. A request without the header is left to the other mechanisms (bearer JWT, the
 * console's session); a request with a key that is not configured is refused. It comes first, so a refused /v1
 * call is answered with its 401 challenge; on the console's pages it leaves the challenge to the console's
 * sign-in (a redirect to the sign-in page). A request whose key it accepts has its later security failures handled
 * by {@link SecurityFailureAfterApiKey}.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String HEADER = "X-API-Key";
    /** Pages for people: an unauthenticated browser there is sent to sign in, not answered 401. */
    private static final String CONSOLE = "/console";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = context.request().getHeader(HEADER);
        if (key == null || key.isBlank()) return Uni.createFrom().optional(java.util.Optional.empty());
        return identities.authenticate(new ApiKeyRequest(key.strip()))
                .invoke(() -> SecurityFailureAfterApiKey.installOn(context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals(CONSOLE) || path.startsWith(CONSOLE + "/")) return Uni.createFrom().nullItem();
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer, ApiKey header=\"" + HEADER + "\""));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    /** An API key presented by a caller. */
    public static final class ApiKeyRequest extends TokenAuthenticationRequest {
        public ApiKeyRequest(String key) {
            super(new TokenCredential(key, "api-key"));
        }
    }
}
