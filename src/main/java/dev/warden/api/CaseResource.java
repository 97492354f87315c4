package dev.warden.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.replay.RequestParams;
import dev.warden.review.CaseRequests;
import dev.warden.review.CaseView;
import dev.warden.review.CaseWork;
import dev.warden.review.ReviewExceptions;
import dev.warden.review.ReviewReads;
import dev.warden.review.ReviewTypes.CaseStatus;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Cases: one open per customer, worked by officers, with four eyes (a supervisor other than the proposer) where a
 * BLOCKed payment is released or a report filed. Every action answers the case as it now stands, with its log.
 */
@Path("/v1/cases")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    private static final String CASE_EXAMPLE = """
            {"caseId": "9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a", "customerKey": "party:cust-42", "partyId": "cust-42",
             "status": "PENDING_APPROVAL", "assignee": "olga", "priority": 300, "dueAt": "2026-11-20T14:15:31Z",
             "overdue": false, "proposal": {"disposition": "FALSE_POSITIVE", "narrative": "a different company",
             "proposedBy": "olga", "proposedAt": "2026-11-20T11:02:00Z"}, "openedAt": "2026-11-20T10:15:31Z",
             "updatedAt": "2026-11-20T11:02:00Z",
             "log": [{"seq": 1, "action": "OPENED", "actor": "warden", "at": "2026-11-20T10:15:31Z",
                      "detail": {"customerKey": "party:cust-42"}},
                     {"seq": 3, "action": "CLAIMED", "actor": "olga", "at": "2026-11-20T10:40:00Z",
                      "detail": {"assignee": "olga"}}]}""";
    private static final String CONFLICT = """
            {"type": "https://warden.dev/problems/case-status", "title": "Not possible in the case's status (CLOSED)",
             "status": 409, "detail": "the case is CLOSED: claim is possible only when it is IN_REVIEW or OPEN"}""";
    private static final String FOUR_EYES = """
            {"type": "https://warden.dev/problems/four-eyes", "title": "Forbidden", "status": 403,
             "detail": "four eyes: olga made this proposal and cannot approve it; another supervisor must"}""";
    private static final String REPORT_REFUSED = """
            {"type": "https://warden.dev/problems/report-refused", "title": "The report cannot be written",
             "status": 422, "detail": "nothing was changed: fix what is named here (the case's data or Warden's configuration), then retry",
             "errors": [{"field": "warden.reporting.filer.tin", "reason": "is not set"}]}""";

    private final ReviewReads reads;
    private final CaseWork work;
    private final SecurityIdentity identity;

    public CaseResource(ReviewReads reads, CaseWork work, SecurityIdentity identity) {
        this.reads = reads;
        this.work = work;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The case queue, most urgent first (or earliest due), filtered and paged",
            description = "status OPEN|IN_REVIEW|PENDING_APPROVAL|CLOSED; assignee; severity REVIEW|BLOCK (of an open "
                    + "alert of the case); rule (of any alert of the case); overdue true|false (not closed and past "
                    + "due); party: the customer's partyId; sort priority (the default) or due; page 0 to "
                    + QueueParams.MAX_PAGE + ", size 1 to " + QueueParams.MAX_SIZE + " (default 50).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView[].class)))
    public List<CaseView> queue(@BeanParam QueueParams params) {
        return reads.cases(params.toQuery(CaseStatus.class));
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case, with its alerts and its whole log in order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class),
            examples = @ExampleObject(name = "case", value = CASE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView get(@PathParam("caseId") String caseId) {
        return detail(id(caseId));
    }

    @POST
    @Path("/{caseId}/claim")
    @Operation(summary = "Take the case (assignee: the caller); OPEN or IN_REVIEW, then IN_REVIEW")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is pending approval or closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = CONFLICT)))
    public CaseView claim(@PathParam("caseId") String caseId) {
        return act(caseId, (id, actor) -> work.claim(id, actor));
    }

    @POST
    @Path("/{caseId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the case to a named user; OPEN or IN_REVIEW, then IN_REVIEW")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "assign", value = "{\"assignee\": \"olga\", \"reason\": \"speaks Kyrgyz\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is pending approval or closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = CONFLICT)))
    public CaseView assign(@PathParam("caseId") String caseId,
            @NotNull(message = "the body must name the assignee") @Valid CaseRequests.Assign request) {
        return act(caseId, (id, actor) -> work.assign(id, request, actor));
    }

    @POST
    @Path("/{caseId}/comment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Note something on the case, in any status")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "comment",
            value = "{\"comment\": \"Called the customer: the invoice is for machine parts\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView comment(@PathParam("caseId") String caseId,
            @NotNull(message = "the body must be a comment") @Valid CaseRequests.Comment request) {
        return act(caseId, (id, actor) -> work.comment(id, request, actor));
    }

    @POST
    @Path("/{caseId}/propose")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose how the case ends: a disposition, the outcome of every held payment, and why",
            description = "outcomes maps the id of every open alert that holds a payment to RELEASE or REJECT. "
                    + "Releasing a BLOCKed payment or the disposition REPORTED waits for a supervisor "
                    + "(PENDING_APPROVAL); any other proposal closes the case at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "release", value = """
            {"disposition": "FALSE_POSITIVE", "outcomes": {"0b3c6f0e-7d1a-4a47-9a51-0e7f4f1b2c3d": "RELEASE"},
             "narrative": "Invoices and customs papers match; the name hit is a different company"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is pending approval or closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = CONFLICT)))
    public CaseView propose(@PathParam("caseId") String caseId,
            @NotNull(message = "the body must be a proposal") @Valid CaseRequests.Proposal request) {
        return act(caseId, (id, actor) -> work.propose(id, request, actor));
    }

    @POST
    @Path("/{caseId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the waiting proposal (role supervisor, not the proposer)",
            description = "The proposal's alerts are disposed as proposed; the case closes, or goes back to IN_REVIEW "
                    + "when alerts joined it while it waited. Approving the disposition REPORTED files a FinCEN SAR "
                    + "in the same transaction (GET /v1/cases/{caseId}/reports); a report that cannot be written "
                    + "refuses the approval (422). The body is {} or {\"comment\": \"...\"}.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approve", value = "{\"comment\": \"papers checked\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, or the proposer", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = FOUR_EYES)))
    @APIResponse(responseCode = "409", description = "No proposal is waiting", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = CONFLICT)))
    @APIResponse(responseCode = "422", description = "The report of a REPORTED disposition cannot be written: "
            + "nothing is approved; errors name each field or configuration key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = REPORT_REFUSED)))
    public CaseView approve(@PathParam("caseId") String caseId,
            @NotNull(message = "the body must be an approval: {} or {\"comment\": \"...\"}") @Valid CaseRequests.Approval request) {
        return act(caseId, (id, actor) -> work.approve(id, request, actor));
    }

    @POST
    @Path("/{caseId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the waiting proposal back with a reason (role supervisor, not the proposer)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "return",
            value = "{\"reason\": \"the invoice does not match the amount\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "403", description = "Not a supervisor, or the proposer", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = FOUR_EYES)))
    @APIResponse(responseCode = "409", description = "No proposal is waiting", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = CONFLICT)))
    public CaseView sendBack(@PathParam("caseId") String caseId,
            @NotNull(message = "the body must give the reason") @Valid CaseRequests.Reason request) {
        return act(caseId, (id, actor) -> work.sendBack(id, request, actor));
    }

    @POST
    @Path("/{caseId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a closed case again with a reason; its alerts keep their final outcomes")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reopen",
            value = "{\"reason\": \"new adverse media about the beneficiary\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is not closed, or the customer has another open case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "problem", value = CONFLICT)))
    public CaseView reopen(@PathParam("caseId") String caseId,
            @NotNull(message = "the body must give the reason") @Valid CaseRequests.Reason request) {
        return act(caseId, (id, actor) -> work.reopen(id, request, actor));
    }

    /** The action by the caller, then the case as it now stands. */
    private CaseView act(String caseId, java.util.function.BiConsumer<UUID, dev.warden.review.Actor> action) {
        UUID id = id(caseId);
        action.accept(id, Callers.actor(identity));
        return detail(id);
    }

    private static UUID id(String caseId) {
        return RequestParams.uuid("caseId", caseId);
    }

    private CaseView detail(UUID id) {
        return reads.caseDetail(id).orElseThrow(() -> new ReviewExceptions.NotFound("case", id));
    }
}
