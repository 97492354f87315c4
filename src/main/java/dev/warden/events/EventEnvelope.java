package dev.warden.events;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a subscriber receives and the feed lists: the same shape in both, {@code id} for idempotency. */
@JsonPropertyOrder({"id", "type", "createdAt", "subject", "data"})
public record EventEnvelope(
        @Schema(description = "The event id: the same on every delivery attempt and in the feed",
                example = "0b5e6c1e-2f5d-4c7e-9f55-3c1f0e1c2a10") UUID id,
        @Schema(example = "decision.flagged") String type,
        Instant createdAt,
        @Schema(description = "What the event is about: a decision, alert or case id") String subject,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "The event's payload; its fields depend on the type (docs/events.md)")
        @JsonRawValue String data) {

    public static EventEnvelope of(StoredEvent event) {
        return new EventEnvelope(event.eventId(), event.type(), event.createdAt(), event.subject(), event.payloadJson());
    }

    public String toJson(ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an event envelope", e);
        }
    }
}
