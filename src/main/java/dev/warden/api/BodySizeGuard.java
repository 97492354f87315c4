package dev.warden.api;

import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses bodies over the configured limit with 413 problem+json before anything reads them. (Quarkus would
 * refuse them too, but with an empty body; callers deserve the reason.)
 */
public class BodySizeGuard {
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,18}");

    void install(@Observes Router router,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size")
            io.quarkus.runtime.configuration.MemorySize limit) {
        long max = limit.asLongValue();
        router.route().order(-1000).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && DIGITS.matcher(length).matches() && Long.parseLong(length) > max) {
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                                + "\"detail\":\"The body has " + length + " bytes; the limit is " + max + " bytes\","
                                + "\"errors\":[{\"field\":\"$\",\"reason\":\"body larger than " + max + " bytes\"}]}");
                return;
            }
            ctx.next();
        });
    }
}
