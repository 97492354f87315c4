package dev.warden.events;

import java.time.Instant;
import java.util.UUID;

/** An event as the outbox holds it, with its place in the feed. */
public record StoredEvent(FeedCursor position, UUID eventId, String type, String subject, String payloadJson,
        Instant createdAt) {
}
