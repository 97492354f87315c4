package dev.warden.console;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;

/**
 * Signing in and out. The sign-in form posts to {@code /console/login}, which Quarkus's form mechanism handles
 * before any page (ConsoleUsers checks the password); with an OIDC provider configured the page also offers
 * {@code /console/sso}, which the authorization-code flow guards. Signing out ends either session.
 */
@Path("/console")
@Tag(name = "Console")
@Produces(MediaType.TEXT_HTML)
public class SignIn {
    @CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, boolean oidc);
    }

    private final ConsoleConfig config;
    private final SecurityIdentity identity;
    private final OidcSession oidcSession;

    public SignIn(ConsoleConfig config, SecurityIdentity identity, OidcSession oidcSession) {
        this.config = config;
        this.identity = identity;
        this.oidcSession = oidcSession;
    }

    @GET
    @Path("/login")
    @Operation(summary = "The console's sign-in page (HTML)")
    @APIResponse(responseCode = "200", description = "The sign-in form")
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signed-out") String signedOut) {
        return Templates.login(error != null, signedOut != null, config.oidc());
    }

    @GET
    @Path("/sso")
    @Operation(summary = "Sign in through the configured OIDC provider, then the queue")
    @APIResponse(responseCode = "303", description = "Signed in: the queue")
    public Response singleSignOn() {
        return Response.seeOther(URI.create(ConsolePaths.ROOT)).build();
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out (form), then the sign-in page")
    @APIResponse(responseCode = "303", description = "Signed out: the sign-in page")
    public Response signOut() {
        if (identity.getPrincipal() instanceof JsonWebToken) oidcSession.logout().await().indefinitely();
        else FormAuthenticationMechanism.logout(identity);
        return Response.seeOther(URI.create(ConsolePaths.LOGIN + "?signed-out=true")).build();
    }
}
