package dev.warden.rules.scenario;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.warden.engine.DecisionRequest;
import dev.warden.engine.Outcome;
import dev.warden.party.PartyProfileRequest;

/**
 * One scenario file from {@code rules/tests/**}: given KYC profiles and earlier transactions, decide the steps in
 * order and check what each one concluded.
 */
public record Scenario(String file, String name, String description, Map<String, PartyProfileRequest> parties,
        List<DecisionRequest> history, List<Step> steps) {

    /** One decision of the scenario and what must be true of it. */
    public record Step(DecisionRequest request, Expectation expect) {
    }

    /** The expected outcome (optional), rules that must fire, rules that must not. */
    public record Expectation(Outcome outcome, Set<String> fired, Set<String> notFired) {
    }
}
