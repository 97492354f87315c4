package dev.warden.console;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus REST CSRF, for the console's forms only. The extension's filter checks every POST of the application and
 * refuses one that is typed as a form but carries no token; API clients send such bodiless POSTs (REST Assured and
 * curl -d type them as forms) and authenticate with headers, not cookies, so a forged cross-site request has no
 * credentials to ride on. Under /console, where a browser's session cookie is the credential, the extension's
 * check runs unchanged (token creation, cookie, verification).
 */
@Alternative
@Priority(1)
@Singleton
public class ConsoleFormsOnlyCsrf extends CsrfRequestResponseReactiveFilter {
    static final String CONSOLE = "/console";

    @Override
    public void filter(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path.equals(CONSOLE) || path.startsWith(CONSOLE + "/")) super.filter(request, routing);
    }
}
