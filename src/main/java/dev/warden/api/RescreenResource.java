package dev.warden.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.warden.replay.RequestParams;
import dev.warden.screening.rescreen.RescreenRun;
import dev.warden.screening.rescreen.Rescreening;

/** HTTP for re-screening the stored customers: translates, nothing more. */
@Path("/v1/screening/rescreen")
@Tag(name = "Screening")
@Produces(MediaType.APPLICATION_JSON)
public class RescreenResource {
    private static final String RUN_EXAMPLE = """
            {"id": "6f1c2b9e-8a51-4f5e-9a43-2d7c1e0b5a11", "kind": "FULL", "state": "RUNNING",
             "lists": {"OFAC_SDN": "2025-11-19", "UN": "2026-02-27"}, "entries": 19054, "total": 1000000,
             "screened": 412000, "hits": 37, "submittedAt": "2026-11-20T10:15:30Z", "startedAt": "2026-11-20T10:15:30Z",
             "finishedAt": null, "summary": null, "error": null}""";

    private final Rescreening rescreening;

    public RescreenResource(Rescreening rescreening) {
        this.rescreening = rescreening;
    }

    @POST
    @Operation(summary = "Screen every stored customer against the whole lists, in the background",
            description = "Every KYC profile, and every party seen in decisions within warden.screening.rescreen.seen-within,"
                    + " against every entry of the lists serving now. Hits are raised once per party and entry (and"
                    + " again only when the entry changes); cleared pairs stay cleared. One full run at a time per pod."
                    + " Poll the Location for progress.")
    @APIResponse(responseCode = "202", description = "Accepted; the run and where to poll",
            content = @Content(schema = @Schema(implementation = RescreenRun.class),
                    examples = @ExampleObject(name = "queued", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A full run is already waiting or running; its id is in the detail",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        RescreenRun run = rescreening.startFull();
        return Response.accepted(run).location(URI.create("/v1/screening/rescreen/" + run.id())).build();
    }

    @GET
    @Operation(summary = "The re-screening runs this pod keeps, newest first: full runs and list deltas")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RescreenRun[].class)))
    public List<RescreenRun> runs() {
        return rescreening.runs();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One re-screening run: its state and progress (screened of total, hits raised)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RescreenRun.class),
            examples = @ExampleObject(name = "running", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such run on this pod (unknown, or forgotten for newer ones)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RescreenRun get(@PathParam("id") String id) {
        return rescreening.run(RequestParams.uuid("id", id))
                .orElseThrow(() -> new NotFoundException("no re-screening run " + id));
    }

    @ServerExceptionMapper
    public Response alreadyRunning(Rescreening.RunInProgressException e) {
        return Problem.of(409, "Re-screening already running", e.getMessage()).toResponse();
    }
}
