package dev.warden.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * The sign-in POST is handled by Quarkus's form mechanism before the CSRF filter of the pages sees it, so it is
 * guarded the other standard way: a browser names the page a POST comes from in {@code Origin}, and a sign-in
 * posted from another site (login CSRF: signing the victim in as the attacker) is refused.
 */
@ApplicationScoped
public class LoginOrigin {
    void install(@Observes Router router) {
        router.route(HttpMethod.POST, ConsolePaths.LOGIN).order(Integer.MIN_VALUE + 1).handler(context -> {
            String origin = context.request().getHeader("Origin");
            String host = context.request().getHeader("Host");
            // the host only: behind a TLS-terminating proxy the browser's https is Warden's http
            if (origin != null && !origin.replaceFirst("^[a-z]+://", "").equals(host)) {
                ConsoleHeaders.apply(context.response());
                context.response().setStatusCode(403).putHeader("Content-Type", "text/plain;charset=UTF-8")
                        .end("A sign-in must be posted from Warden's own sign-in page.");
                return;
            }
            context.next();
        });
    }
}
