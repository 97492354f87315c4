package dev.warden.api;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.replay.RequestParams;
import dev.warden.replay.backtest.BacktestJob;
import dev.warden.replay.backtest.BacktestJobs;
import dev.warden.replay.backtest.CandidateRuleSets;
import dev.warden.rules.lifecycle.RuleSetValidator;
import dev.warden.validation.InvalidFieldException;

/** HTTP for backtests: translates, nothing more. */
@Path("/v1/rules/backtest")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class BacktestResource {
    private final CandidateRuleSets candidates;
    private final BacktestJobs jobs;

    public BacktestResource(CandidateRuleSets candidates, BacktestJobs jobs) {
        this.candidates = candidates;
        this.jobs = jobs;
    }

    @POST
    @Consumes({ "application/zip", "application/x-tar", "application/gzip", MediaType.APPLICATION_OCTET_STREAM,
            MediaType.WILDCARD })
    @Operation(summary = "Run a candidate rule set over recorded decisions, in the background",
            description = "Send the candidate folder as application/zip or application/x-tar (gzip allowed), or no "
                    + "body to run the active set. from and to (ISO-8601 instants) select the decisions whose "
                    + "transaction occurred in [from, to). Each is re-decided on the history and KYC profiles as they "
                    + "stood when it was decided. Nothing recorded changes. Poll the Location for the report.")
    @APIResponse(responseCode = "202", description = "Accepted; the job id and where to poll",
            content = @Content(schema = @Schema(implementation = BacktestJob.class)))
    @APIResponse(responseCode = "400", description = "from, to or the body is missing or malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The candidate does not validate; the diagnostics say where",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Too many backtests waiting or running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam("Content-Type") String contentType, byte[] body) {
        Instant start = RequestParams.instant("from", from);
        Instant end = RequestParams.instant("to", to);
        if (!end.isAfter(start)) throw new InvalidFieldException("to", "must be after from (" + from + ")");
        RuleSetValidator.Validation candidate = candidates.candidate(contentType, body);
        if (!candidate.valid()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://warden.dev/problems/invalid-rule-set");
            problem.put("title", "Candidate rule set rejected");
            problem.put("status", 422);
            problem.put("detail", "the candidate does not pass validation; nothing was run");
            problem.put("diagnostics", candidate.diagnostics());
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
        BacktestJob job = jobs.submit(candidate.ruleSet(), start, end);
        return Response.accepted(job).location(URI.create("/v1/rules/backtest/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A backtest: its status and, once done, its report")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BacktestJob.class)))
    @APIResponse(responseCode = "404", description = "No such job (unknown, or forgotten to make room for newer ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BacktestJob get(@PathParam("id") String id) {
        return jobs.get(RequestParams.uuid("id", id)).orElseThrow(() -> new NotFoundException("no backtest " + id));
    }
}
