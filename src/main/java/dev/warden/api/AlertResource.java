package dev.warden.api;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.replay.RequestParams;
import dev.warden.review.AlertView;
import dev.warden.review.ReviewExceptions;
import dev.warden.review.ReviewReads;
import dev.warden.review.ReviewTypes.AlertStatus;

/** The alert queue: every REVIEW and BLOCK decision (and re-screening match) waiting for, or past, review. */
@Path("/v1/alerts")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    static final String ALERT_EXAMPLE = """
            {"alertId": "0b3c6f0e-7d1a-4a47-9a51-0e7f4f1b2c3d", "source": "DECISION",
             "decisionId": "5f0c2a4e-3b8d-4c1e-9f6a-2d7b8e9c0a1b", "transactionId": "pay-000123",
             "caseId": "9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a", "partyId": "cust-42", "account": "acc-42",
             "severity": "REVIEW", "riskScore": 60, "priority": 160, "rules": ["KYC_UNVERIFIED_ABOVE_THRESHOLD"],
             "findings": [{"ruleId": "KYC_UNVERIFIED_ABOVE_THRESHOLD", "category": "KYC", "severity": "REVIEW",
                           "score": 60, "message": "...", "evidence": {}}],
             "status": "OPEN", "state": "OPEN", "createdAt": "2026-11-20T10:15:31Z", "dueAt": "2026-11-21T10:15:31Z",
             "overdue": false}""";

    private final ReviewReads reads;

    public AlertResource(ReviewReads reads) {
        this.reads = reads;
    }

    @GET
    @Operation(summary = "The alert queue, most urgent first (or earliest due), filtered and paged",
            description = "status OPEN|DISPOSED; assignee: of the alert's case; severity REVIEW|BLOCK; rule: a rule id "
                    + "among the alert's findings; overdue true|false (open and past due); party: the customer's "
                    + "partyId; sort priority (highest first, then earliest due; the default) or due (earliest first); "
                    + "page 0 to " + QueueParams.MAX_PAGE + ", size 1 to " + QueueParams.MAX_SIZE + " (default 50).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AlertView[].class),
            examples = @ExampleObject(name = "queue", value = "[" + ALERT_EXAMPLE + "]")))
    public List<AlertView> queue(@BeanParam QueueParams params) {
        return reads.alerts(params.toQuery(AlertStatus.class));
    }

    @GET
    @Path("/{alertId}")
    @Operation(summary = "One alert, with its findings, case and outcome")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AlertView.class),
            examples = @ExampleObject(name = "alert", value = ALERT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such alert",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AlertView get(@PathParam("alertId") String alertId) {
        var id = RequestParams.uuid("alertId", alertId);
        return reads.alert(id).orElseThrow(() -> new ReviewExceptions.NotFound("alert", id));
    }
}
