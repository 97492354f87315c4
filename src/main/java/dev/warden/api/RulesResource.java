package dev.warden.api;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.rules.ActiveRuleSet;

/** What rule set is serving, and how the last load went. */
@Path("/v1/rules")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    private final ActiveRuleSet rules;

    public RulesResource(ActiveRuleSet rules) {
        this.rules = rules;
    }

    @GET
    @Operation(summary = "The active rule set (version, origin, files, rules) and the last load attempt")
    public Map<String, Object> get() {
        Map<String, Object> body = new LinkedHashMap<>();
        rules.current().ifPresentOrElse(set -> {
            body.put("version", set.version());
            body.put("loadedFrom", set.origin());
            body.put("loadedAt", set.loadedAt());
            body.put("files", set.files());
            body.put("rules", set.rules());
            body.put("lists", set.lists().names());
        }, () -> body.put("version", null));
        rules.lastAttempt().ifPresent(attempt -> body.put("lastAttempt", attempt));
        return body;
    }
}
