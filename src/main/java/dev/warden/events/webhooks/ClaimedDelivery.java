package dev.warden.events.webhooks;

import java.util.UUID;

import dev.warden.events.EventEnvelope;

/**
 * A delivery this replica holds the lease of: the event to send, the attempt about to be made (1 for the first),
 * and the token that proves the lease is still ours when the result is written.
 */
record ClaimedDelivery(EventEnvelope event, String subscriber, int attempt, int attemptsThisRound, UUID leaseToken) {
}
