package dev.warden.replay.shadow;

import java.time.Instant;
import java.util.UUID;

import dev.warden.replay.Comparison;

/** One live decision compared with what the shadow set made of the same facts. */
record ShadowResult(UUID decisionId, String transactionId, Instant occurredAt, String liveVersion,
        Comparison comparison) {
}
