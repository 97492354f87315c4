package dev.warden.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** A configured person as the caller of a request. */
final class ConsoleIdentities {
    private ConsoleIdentities() {
    }

    static SecurityIdentity of(ConsoleUsers.Person person) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(person.name()))
                .addRoles(person.roles()).build();
    }
}
