package dev.warden.decision;

import dev.warden.engine.DecisionEngine;

/**
 * Fired (a synchronous CDI event) once a decision's record is durable and before it is answered, for whatever
 * watches live decisions without being on their path: shadow mode offers it to its own bounded queue. An observer
 * must not block and must not throw.
 */
public record DecisionRecorded(DecisionEngine.Evaluation evaluation, DecisionResponse response) {
}
