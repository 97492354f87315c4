package dev.warden.console;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * A form sign-in's session cookie (encrypted by Quarkus) names the person; their roles are read from the
 * configuration on each request, so a user removed or given other roles is refused or changed at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    private final ConsoleUsers users;

    public SessionIdentityProvider(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return users.find(request.getPrincipal())
                .map(person -> Uni.createFrom().item(ConsoleIdentities.of(person)))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("no such console user")));
    }
}
