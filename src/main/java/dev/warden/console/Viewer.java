package dev.warden.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person, for the layout of every console page ({@code {inject:viewer.name}}), whoever renders it. */
@Named("viewer")
@RequestScoped
public class Viewer {
    private final SecurityIdentity identity;

    public Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }
}
