package dev.warden.console;

import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.review.Actor;

/**
 * Who is looking at a console page: their name (the form user, the OIDC subject's name claim, or an API key's
 * name), which is the actor of every case action they take, and whether they are a supervisor.
 */
public record Person(String name, boolean supervisor) {
    static final String SUPERVISOR = "supervisor";

    static Person of(SecurityIdentity identity) {
        return new Person(identity.getPrincipal().getName(), identity.hasRole(SUPERVISOR));
    }

    Actor actor() {
        return new Actor(name, supervisor);
    }
}
