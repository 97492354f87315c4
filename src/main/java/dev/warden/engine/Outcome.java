package dev.warden.engine;

import java.util.Collection;

import dev.warden.facts.Finding;
import dev.warden.facts.Severity;

/** What Warden answers. The outcome is the most severe finding; INFO findings leave it at ALLOW. */
public enum Outcome {
    ALLOW, REVIEW, BLOCK;

    public static Outcome of(Collection<Finding> findings) {
        Severity worst = Severity.INFO;
        for (Finding finding : findings) worst = worst.atLeast(finding.getSeverity());
        return switch (worst) {
            case INFO -> ALLOW;
            case REVIEW -> REVIEW;
            case BLOCK -> BLOCK;
        };
    }

    /** The highest finding score, 0..100; 0 without findings. */
    public static int riskScore(Collection<Finding> findings) {
        return findings.stream().mapToInt(Finding::getScore).max().orElse(0);
    }
}
