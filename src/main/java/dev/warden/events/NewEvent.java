package dev.warden.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event to be written to the outbox. {@code subject} names what it is about (a decision, alert or case id);
 * {@code payloadJson} is the event's body as subscribers receive it.
 */
public record NewEvent(UUID eventId, String type, String subject, String payloadJson, Instant createdAt) {
    public static NewEvent of(String type, String subject, String payloadJson) {
        return new NewEvent(UUID.randomUUID(), type, subject, payloadJson, Instant.now());
    }
}
