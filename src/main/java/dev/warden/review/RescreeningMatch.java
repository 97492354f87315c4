package dev.warden.review;

import dev.warden.facts.Severity;

/**
 * A stored customer who matched a watch-list entry when re-screened, with no decision behind it: why it matched
 * becomes the alert's subject. {@code score} is the match score 0..1 (the alert's risk score is its percentage).
 */
public record RescreeningMatch(String partyId, Severity severity, String list, String entryId, String entryName,
        String matched, double score, String why) {

    public RescreeningMatch {
        if (partyId == null || partyId.isBlank()) throw new IllegalArgumentException("a re-screening alert needs its party");
        if (severity != Severity.REVIEW && severity != Severity.BLOCK) {
            throw new IllegalArgumentException("an alert is REVIEW or BLOCK, not " + severity);
        }
    }

    int riskScore() {
        return (int) Math.round(Math.max(0, Math.min(1, score)) * 100);
    }
}
