package dev.warden.rules;

import java.util.List;

import dev.warden.facts.PastTransaction;
import dev.warden.facts.ScreeningHit;
import dev.warden.facts.Transaction;

/** Everything the rules see for one decision: the transaction, its parties, its history and its hits. */
public record DecisionFacts(Transaction transaction, List<PastTransaction> history, List<ScreeningHit> hits) {
}
