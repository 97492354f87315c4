package dev.warden.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.replay.shadow.ShadowEvaluator;
import dev.warden.replay.shadow.ShadowSummary;

/** HTTP for shadow mode: translates, nothing more. */
@Path("/v1/rules/shadow")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class ShadowResource {
    private final ShadowEvaluator shadow;

    public ShadowResource(ShadowEvaluator shadow) {
        this.shadow = shadow;
    }

    @GET
    @Operation(summary = "How the shadow rule set compares with the live one on live traffic",
            description = "Shadow mode is on when warden.shadow.rules-dir names a candidate folder. Answers the shadow "
                    + "version, decisions evaluated, agreed, differed and dropped (queue full), outcome transitions "
                    + "(live->shadow), how often each rule fired live and in the shadow, and the latest differences. "
                    + "enabled=false with an error when the candidate could not be loaded.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ShadowSummary.class)))
    public ShadowSummary summary() {
        return shadow.summary();
    }
}
