package dev.warden.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The officer console's settings (docs/console.md). */
@ConfigMapping(prefix = "warden.console")
public interface ConsoleConfig {
    /**
     * People who sign in with the console's form, by user name: a bcrypt hash of the password (never the password)
     * and their roles. Meant for the local profile and the tests; production signs people in through OIDC.
     */
    Map<String, User> users();

    /**
     * Mark the session cookies Secure, so a browser sends them over HTTPS only. Off only for plain-HTTP use on a
     * laptop (the local profile): a Secure cookie set over http:// is dropped by browsers other than for localhost.
     */
    @WithDefault("true")
    boolean secureCookies();

    /** Offer "Sign in with single sign-on" on the sign-in page: true when an OIDC provider is configured. */
    @WithDefault("false")
    boolean oidc();

    interface User {
        /** bcrypt ($2a$, $2b$ or $2y$), as {@code io.quarkus.elytron.security.common.BcryptUtil.bcryptHash} makes it. */
        String passwordHash();

        /** Any of officer, supervisor, admin (the roles the API knows); none signs in but is refused the pages. */
        Optional<List<String>> roles();
    }
}
