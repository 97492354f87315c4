package dev.warden.review;

import java.time.Duration;

import dev.warden.facts.Severity;

/**
 * Priority (higher is more urgent) and due time of an alert. Every BLOCK outranks every REVIEW (a held payment
 * waits); within a severity the higher risk score comes first: BLOCK is 200 + risk score, REVIEW 100 + risk score.
 */
final class AlertPriority {
    private AlertPriority() {
    }

    static int of(Severity severity, int riskScore) {
        int score = Math.max(0, Math.min(100, riskScore));
        return (severity == Severity.BLOCK ? 200 : 100) + score;
    }

    static Duration due(ReviewConfig config, Severity severity) {
        return severity == Severity.BLOCK ? config.blockDue() : config.reviewDue();
    }
}
