package dev.warden.api;

import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.review.Actor;

/** Who is calling, for the records that say who acted: the API key's name or the JWT's subject, never the body. */
final class Callers {
    static final String SUPERVISOR = "supervisor";

    private Callers() {
    }

    static String name(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }

    static Actor actor(SecurityIdentity identity) {
        return new Actor(name(identity), identity.hasRole(SUPERVISOR));
    }
}
