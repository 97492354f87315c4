package dev.warden.replay;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.history.HistorySource;
import dev.warden.history.HistoryWindow;

/**
 * The history a recorded decision saw: the live windows (accounts, the originator's party, upstream hops) minus
 * every transaction recorded after the decision was made. A transaction may arrive late (its occurredAt lies
 * before a decision already taken); the live window rightly sees it from then on, but the decision did not, so a
 * replay that reused the live window would blame the rules for history they never had.
 *
 * <p>Limit: recorded_at is the start of the journal's batch transaction; a twin decision in flight at the same
 * moment (not yet committed when the original read its window) can fall on either side of the cutoff.
 */
@ApplicationScoped
public class HistoryAsRecorded {
    private final HistoryWindow window;

    public HistoryAsRecorded(HistoryWindow window) {
        this.window = window;
    }

    /** The window as it stood when a decision was made at {@code decidedAt}. */
    public HistorySource asOf(Instant decidedAt) {
        return window.asRecordedBy(decidedAt);
    }
}
