package dev.warden.console;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** The console's sign-in form: a configured user name and the password that matches its bcrypt hash. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    private final ConsoleUsers users;

    public PasswordIdentityProvider(ConsoleUsers users) {
        this.users = users;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        // bcrypt is slow on purpose: off the event loop
        return context.runBlocking(() -> users.signIn(request.getUsername(), request.getPassword().getPassword())
                .map(ConsoleIdentities::of)
                .orElseThrow(() -> new AuthenticationFailedException("wrong user name or password")));
    }
}
