package dev.warden.api;

import java.sql.SQLException;
import java.util.List;

import jakarta.ws.rs.ClientErrorException;
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

import dev.warden.events.webhooks.WebhookDeliveries;
import dev.warden.events.webhooks.WebhookDeliveries.Delivery;
import dev.warden.events.webhooks.WebhookDispatcher;
import dev.warden.replay.RequestParams;

/** HTTP for administering webhook delivery: the subscribers, the deliveries and their attempts, retries. */
@Path("/v1/webhooks")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
    static final int MAX_LIMIT = 500;

    /** A configured subscriber as an administrator may see it: never its secrets, only how many sign. */
    public record Subscriber(String name, String url, List<String> types, int secrets) {
    }

    private final WebhookDispatcher dispatcher;
    private final WebhookDeliveries deliveries;

    public WebhookResource(WebhookDispatcher dispatcher, WebhookDeliveries deliveries) {
        this.dispatcher = dispatcher;
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "The configured webhook subscribers (warden.events.webhooks)",
            description = "types empty means every event type; secrets is how many secrets sign each request.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Subscriber[].class),
            examples = @ExampleObject(name = "payments", value = """
                    [{"name": "payments", "url": "https://payments.bank.example/hooks/warden",
                      "types": ["decision.flagged", "alert.disposed"], "secrets": 2}]""")))
    public List<Subscriber> subscribers() {
        return dispatcher.subscribers().stream().map(s -> new Subscriber(s.name(), s.url().toString(),
                s.types().stream().sorted().toList(), s.secrets().size())).toList();
    }

    @GET
    @Path("/deliveries")
    @Operation(summary = "Deliveries, newest first, by status and subscriber",
            description = "status=FAILED lists the deliveries that spent their attempts; POST .../retry sends one again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Delivery[].class),
            examples = @ExampleObject(name = "failed", value = """
                    [{"eventId": "0b5e6c1e-2f5d-4c7e-9f55-3c1f0e1c2a10", "subscriber": "payments", "status": "FAILED",
                      "attemptCount": 10, "nextAttemptAt": "2026-11-20T12:40:03Z", "createdAt": "2026-11-20T10:15:31Z",
                      "finishedAt": "2026-11-20T12:40:03Z", "attempts": []}]""")))
    public List<Delivery> list(
            @QueryParam("status") @Schema(implementation = WebhookDeliveries.Status.class) String status,
            @QueryParam("subscriber") String subscriber,
            @QueryParam("limit") @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT,
                    defaultValue = "100") String limit) throws SQLException {
        return deliveries.list(RequestParams.optionalEnum("status", status, WebhookDeliveries.Status.class),
                subscriber == null || subscriber.isEmpty() ? null : subscriber,
                RequestParams.integer("limit", limit, 100, 1, MAX_LIMIT));
    }

    @GET
    @Path("/deliveries/{eventId}")
    @Operation(summary = "The deliveries of one event, each with every attempt",
            description = "An attempt has the HTTP status, or the class of the error when no answer came (a timeout, a "
                    + "refused connection), and at most 200 characters of a refusal's body.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Delivery[].class),
            examples = @ExampleObject(name = "retried", value = """
                    [{"eventId": "0b5e6c1e-2f5d-4c7e-9f55-3c1f0e1c2a10", "subscriber": "payments",
                      "status": "DELIVERED", "attemptCount": 2, "nextAttemptAt": "2026-11-20T10:15:36Z",
                      "createdAt": "2026-11-20T10:15:31Z", "finishedAt": "2026-11-20T10:15:36Z",
                      "attempts": [{"attempt": 1, "at": "2026-11-20T10:15:31Z", "httpStatus": 503,
                                    "responseExcerpt": "maintenance", "durationMillis": 12},
                                   {"attempt": 2, "at": "2026-11-20T10:15:36Z", "httpStatus": 200, "durationMillis": 9}]}]""")))
    @APIResponse(responseCode = "404", description = "No delivery of that event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Delivery> ofEvent(@PathParam("eventId") String eventId) throws SQLException {
        List<Delivery> found = deliveries.ofEvent(RequestParams.uuid("eventId", eventId));
        if (found.isEmpty()) throw new NotFoundException("no delivery of event " + eventId);
        return found;
    }

    @POST
    @Path("/deliveries/{eventId}/{subscriber}/retry")
    @Operation(summary = "Send a FAILED delivery again, with a fresh round of attempts")
    @APIResponse(responseCode = "202", description = "Due now; the next look of any replica sends it")
    @APIResponse(responseCode = "404", description = "No delivery of that event to that subscriber",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The delivery is not FAILED (pending or delivered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("eventId") String eventId, @PathParam("subscriber") String subscriber)
            throws SQLException {
        return switch (deliveries.retry(RequestParams.uuid("eventId", eventId), subscriber)) {
            case RETRYING -> Response.accepted().build();
            case NOT_FAILED -> throw new ClientErrorException("the delivery is not FAILED: only a FAILED one is retried",
                    Response.Status.CONFLICT);
            case UNKNOWN -> throw new NotFoundException("no delivery of event " + eventId + " to " + subscriber);
        };
    }
}
