package dev.warden.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;

/**
 * A signed-in person (or API key) without a console role is refused at the HTTP layer, before any page runs; they
 * get a page that says so and offers to sign out, instead of an empty 403.
 */
@ApplicationScoped
public class RefusedPage {
    private final Template refused;
    private final String csrfCookie;
    private final String csrfField;

    public RefusedPage(@Location("console/refused.html") Template refused,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String csrfField) {
        this.refused = refused;
        this.csrfCookie = csrfCookie;
        this.csrfField = csrfField;
    }

    void install(@Observes Router router) {
        router.routeWithRegex(ConsolePaths.ALL).failureHandler(context -> {
            if (!(context.failure() instanceof ForbiddenException)) {
                context.next();
                return;
            }
            SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
            String name = identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
            // double-submit CSRF: the form carries the token of the cookie, which the sign-in page set
            Cookie csrf = context.request().getCookie(csrfCookie);
            String html = refused.data("name", name).data("csrfField", csrfField)
                    .data("csrfToken", csrf == null ? "" : csrf.getValue()).render();
            ConsoleHeaders.apply(context.response());
            context.response().setStatusCode(403).putHeader("Content-Type", "text/html;charset=UTF-8").end(html);
        });
    }
}
