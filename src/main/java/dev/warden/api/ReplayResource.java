package dev.warden.api;

import java.util.UUID;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.replay.ReplayResult;
import dev.warden.replay.RequestParams;
import dev.warden.replay.ReplayService;

/** HTTP for replay: translates, nothing more. */
@Path("/v1/decisions/{decisionId}/replay")
@Tag(name = "Decisions")
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {
    private final ReplayService replay;

    public ReplayResource(ReplayService replay) {
        this.replay = replay;
    }

    @POST
    @Operation(summary = "Re-decide a recorded transaction as it stood then; records nothing",
            description = "Uses the history recorded before the original decision and the KYC profiles as they were "
                    + "then. ruleSet=recorded (default) runs the rule set version that made the decision and must "
                    + "reproduce it; ruleSet=active runs the set serving now. Answers both decisions side by side.")
    @APIResponse(responseCode = "200", description = "The recorded and the replayed decision",
            content = @Content(schema = @Schema(implementation = ReplayResult.class)))
    @APIResponse(responseCode = "400", description = "ruleSet is not recorded or active, or decisionId is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such decision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The recorded rule set version is not stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReplayResult replay(@PathParam("decisionId") String decisionId, @QueryParam("ruleSet") String ruleSet) {
        return replay.replay(RequestParams.uuid("decisionId", decisionId), ReplayService.RuleSetChoice.parse(ruleSet));
    }
}
