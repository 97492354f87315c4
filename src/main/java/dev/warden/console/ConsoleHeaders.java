package dev.warden.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;

/**
 * The security headers of every console response, pages, fragments, redirects and refusals alike: a content
 * security policy that allows scripts, styles and forms from Warden only (no inline script, no inline style, so
 * injected markup cannot run), no framing, no MIME sniffing, no referrer sent elsewhere, and no caching of pages
 * that show customers' data (the stylesheets may be cached).
 */
@ApplicationScoped
public class ConsoleHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    void install(@Observes Router router) {
        router.routeWithRegex(ConsolePaths.ALL).order(Integer.MIN_VALUE).handler(context -> {
            boolean asset = context.normalizedPath().startsWith(ConsolePaths.ASSETS);
            context.addHeadersEndHandler(ignored -> {
                apply(context.response());
                if (!asset && !context.response().headers().contains("Cache-Control")) {
                    context.response().putHeader("Cache-Control", "no-store");
                }
            });
            context.next();
        });
    }

    static void apply(HttpServerResponse response) {
        response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("X-Frame-Options", "DENY");
    }
}
