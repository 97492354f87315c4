package dev.warden.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.warden.decision.DecisionRecord;
import dev.warden.decision.DecisionRecords.DecisionQuery;
import dev.warden.decision.DecisionRecords;
import dev.warden.decision.DecisionResponse;
import dev.warden.decision.DecisionService;
import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;
import dev.warden.replay.RequestParams;
import dev.warden.review.ReviewReads;

/** HTTP for decisions: translates, and adds a decision's review state (from review) to its record. */
@Path("/v1/decisions")
@Tag(name = "Decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {
    /** Marks an answer of /v1/decisions/simulate: nothing was recorded. */
    public static final String SIMULATED = "Warden-Simulated";
    private final DecisionService service;
    private final DecisionRecords records;
    private final ReviewReads reviews;
    private final ObjectMapper json;

    public DecisionResource(DecisionService service, DecisionRecords records, ReviewReads reviews, ObjectMapper json) {
        this.service = service;
        this.records = records;
        this.reviews = reviews;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a transaction and record the decision",
            description = "transactionId is the idempotency key: the same id with the same body returns the recorded "
                    + "decision; with a different body, 409.")
    @APIResponse(responseCode = "200", description = "The decision, answered after its record is durable",
            content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "transactionId already decided with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No rule set loaded or the database is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // RestResponse<String>, not Response: the entity's type is then known at build time, so its writer is chosen
    // once at start-up instead of being looked up for every answer.
    public RestResponse<String> decide(
            @NotNull(message = "the body must be a decision request") @Valid DecisionRequest request) {
        DecisionService.Decided decided = service.decide(request);
        return RestResponse.ResponseBuilder.ok(decided.json(), MediaType.APPLICATION_JSON)
                .header("Idempotent-Replay", String.valueOf(decided.repeated())).build();
    }

    @POST
    @Path("/simulate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a transaction without recording it",
            description = "The answer POST /v1/decisions would give now, from the same rules, lists, profiles and "
                    + "history, with nothing recorded: no decision, no history row, no alert, no event. The "
                    + "transactionId is not checked against recorded decisions, and the answer's decisionId names "
                    + "nothing stored. Answered with the header " + SIMULATED + ": true.")
    @APIResponse(responseCode = "200", description = "What the decision would be",
            content = @Content(schema = @Schema(implementation = DecisionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No rule set loaded or the database is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> simulate(
            @NotNull(message = "the body must be a decision request") @Valid DecisionRequest request) {
        return RestResponse.ResponseBuilder.ok(service.simulate(request), MediaType.APPLICATION_JSON)
                .header(SIMULATED, "true").build();
    }

    @GET
    @Path("/{decisionId}")
    @Operation(summary = "One recorded decision, exactly as it was answered, with its review when it has an alert",
            description = "review (REVIEW and BLOCK decisions): alertId, caseId, state OPEN | PENDING_APPROVAL | "
                    + "DISPOSED, and once disposed the paymentOutcome RELEASE | REJECT, the disposition and disposedAt.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionResponse.class),
            examples = @ExampleObject(name = "reviewed", value = """
                    {"decisionId": "5f0c2a4e-3b8d-4c1e-9f6a-2d7b8e9c0a1b", "transactionId": "pay-000123",
                     "outcome": "BLOCK", "riskScore": 100, "findings": [], "recorded": true,
                     "review": {"alertId": "0b3c6f0e-7d1a-4a47-9a51-0e7f4f1b2c3d",
                                "caseId": "9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a", "state": "DISPOSED",
                                "paymentOutcome": "REJECT", "disposition": "TRUE_POSITIVE_NO_REPORT",
                                "disposedAt": "2026-11-20T12:00:00Z"}}""")))
    public Response get(@PathParam("decisionId") UUID decisionId) throws JsonProcessingException {
        DecisionRecord record = records.byId(decisionId)
                .orElseThrow(() -> new NotFoundException("no decision " + decisionId));
        var alert = reviews.alertOfDecision(decisionId);
        if (alert.isEmpty()) return Response.ok(record.response, MediaType.APPLICATION_JSON).build();
        ObjectNode body = (ObjectNode) json.readTree(record.response);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("alertId", alert.get().alertId());
        review.put("caseId", alert.get().caseId());
        review.put("state", alert.get().state());
        review.put("paymentOutcome", alert.get().paymentOutcome());
        review.put("disposition", alert.get().disposition());
        review.put("disposedAt", alert.get().disposedAt());
        body.set("review", json.valueToTree(review));
        return Response.ok(json.writeValueAsString(body), MediaType.APPLICATION_JSON).build();
    }

    /** page * size stays far below 2^31 (Hibernate's offset is an int), and a deep offset is a bounded scan. */
    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 500;

    @GET
    @Operation(summary = "Recorded decisions matching the filters, newest first, paged",
            description = "page is 0 to " + MAX_PAGE + ", size 1 to " + MAX_SIZE + " (default 50); from and to are "
                    + "ISO-8601 instants.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DecisionResponse[].class)))
    public Response search(@QueryParam("transactionId") String transactionId, @QueryParam("partyId") String partyId,
            @QueryParam("outcome") @Schema(implementation = Outcome.class) String outcome,
            @QueryParam("from") @Schema(format = "date-time") String from,
            @QueryParam("to") @Schema(format = "date-time") String to,
            @QueryParam("page") @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_PAGE,
                    defaultValue = "0") String page,
            @QueryParam("size") @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_SIZE,
                    defaultValue = "50") String size) {
        var found = records.search(new DecisionQuery(transactionId, partyId, null,
                RequestParams.optionalEnum("outcome", outcome, Outcome.class),
                RequestParams.optionalInstant("from", from), RequestParams.optionalInstant("to", to),
                RequestParams.integer("page", page, 0, 0, MAX_PAGE), RequestParams.integer("size", size, 50, 1, MAX_SIZE)));
        String body = found.stream().map(r -> r.response).collect(java.util.stream.Collectors.joining(",", "[", "]"));
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }
}
