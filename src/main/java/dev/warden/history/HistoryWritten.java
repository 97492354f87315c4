package dev.warden.history;

/**
 * A CDI event, fired synchronously by a writer of the {@code transactions} table in this replica (the decision
 * journal after each group commit, the history import after its commit) before it answers its callers: observers
 * run on the writer's thread, so the history held in the service has caught up when the event returns, and a
 * client's next decision sees the ones it was just answered.
 */
public record HistoryWritten() {
}
