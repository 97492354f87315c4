package dev.warden.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;

/**
 * Every cookie a console response sets (the form sign-in's session, OIDC's session and state, the CSRF token) is
 * marked Secure when {@code warden.console.secure-cookies} is on. Quarkus marks the form session cookie Secure
 * only on a TLS connection, and behind a TLS-terminating ingress Warden sees plain HTTP.
 */
@ApplicationScoped
public class SecureCookies {
    private final boolean secure;

    public SecureCookies(ConsoleConfig config) {
        this.secure = config.secureCookies();
    }

    void install(@Observes Router router) {
        if (!secure) return;
        router.routeWithRegex(ConsolePaths.ALL).order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                // the jar also holds the cookies the browser sent: only those this response sets are marked
                for (Cookie cookie : context.request().cookies()) {
                    if (cookie instanceof ServerCookie set && set.isChanged()) cookie.setSecure(true);
                }
            });
            context.next();
        });
    }
}
