package dev.warden.api;

import java.sql.SQLException;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.validation.InvalidFieldException;
import dev.warden.events.EventEnvelope;
import dev.warden.events.EventFeed;
import dev.warden.events.FeedCursor;
import dev.warden.replay.RequestParams;

/** HTTP for the event feed, for clients that read events instead of receiving webhooks: translates, nothing more. */
@Path("/v1/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    static final int MAX_LIMIT = 1000;
    private static final String TYPE_FORM = "[a-z][a-z0-9_.-]{0,39}";

    /** A page of the feed; {@code next} is the {@code after} of the following request. */
    public record EventPage(List<EventEnvelope> events,
            @Schema(description = "Pass as after= to read on; the same value again when no event was newer",
                    example = "NzcxLjQy") String next) {
    }

    private final EventFeed feed;

    public EventResource(EventFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "Events after a cursor, oldest first",
            description = "The same events the webhooks deliver, in a stable order: an event is served only once "
                    + "every transaction that began before it has ended, so a client that follows 'next' never "
                    + "misses one that committed late. Leave 'after' out to start from the oldest event.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EventPage.class),
            examples = @ExampleObject(name = "decision-flagged", value = """
                    {"events": [{"id": "0b5e6c1e-2f5d-4c7e-9f55-3c1f0e1c2a10", "type": "decision.flagged",
                      "createdAt": "2026-11-20T10:15:30.120Z", "subject": "6f1c3c2e-8d1a-4d5e-9a0b-2b7c1d9e4f11",
                      "data": {"decisionId": "6f1c3c2e-8d1a-4d5e-9a0b-2b7c1d9e4f11", "transactionId": "pay-000123",
                               "outcome": "REVIEW", "riskScore": 60, "occurredAt": "2026-11-20T10:15:30Z",
                               "decidedAt": "2026-11-20T10:15:30.120Z"}}],
                     "next": "NzcxLjQy"}""")))
    public EventPage list(
            @QueryParam("after") @Schema(description = "The 'next' of the previous page") String after,
            @QueryParam("limit") @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + MAX_LIMIT,
                    defaultValue = "100") String limit,
            @QueryParam("type") @Schema(description = "Only events of this type", example = "decision.flagged") String type)
            throws SQLException {
        FeedCursor cursor = FeedCursor.parse(after).orElseThrow(() -> new InvalidFieldException("after",
                "not a cursor Warden gave: pass the 'next' value of a previous page, or leave it out to start from "
                        + "the oldest event"));
        int size = RequestParams.integer("limit", limit, 100, 1, MAX_LIMIT);
        String onlyType = type == null || type.isEmpty() ? null : type;
        if (onlyType != null && !onlyType.matches(TYPE_FORM)) {
            throw new InvalidFieldException("type", "an event type is lower case letters, digits and . _ -, "
                    + "at most 40 characters, such as decision.flagged");
        }
        EventFeed.Page page = feed.page(cursor, size, onlyType);
        return new EventPage(page.events().stream().map(EventEnvelope::of).toList(), page.next().encode());
    }
}
