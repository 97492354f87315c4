package dev.warden.replay;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import dev.warden.engine.DecisionEngine;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.validation.InvalidFieldException;

/** Re-decides one recorded transaction, as it stood then, under the version that made it or the active one. */
@ApplicationScoped
public class ReplayService {
    /** Which rules a replay runs under. */
    public enum RuleSetChoice {
        RECORDED, ACTIVE;

        public static RuleSetChoice parse(String value) {
            if (value == null || value.isBlank()) return RECORDED;
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("ruleSet", "'" + value + "' is not one of recorded, active");
            }
        }
    }

    private final RecordedDecisionReader decisions;
    private final RuleSetVersions versions;
    private final AsItStoodThen redecider;

    public ReplayService(RecordedDecisionReader decisions, RuleSetVersions versions, AsItStoodThen redecider) {
        this.decisions = decisions;
        this.versions = versions;
        this.redecider = redecider;
    }

    public ReplayResult replay(UUID decisionId, RuleSetChoice choice) {
        RecordedDecision recorded = decisions.byId(decisionId)
                .orElseThrow(() -> new NotFoundException("no decision " + decisionId));
        CompiledRuleSet ruleSet = choice == RuleSetChoice.ACTIVE ? versions.active()
                : versions.version(recorded.ruleSetVersion());
        DecisionEngine.Evaluation evaluation = redecider.redecide(recorded, ruleSet);
        Comparison comparison = Comparison.of(recorded.outcome(), recorded.firedRules(), evaluation.outcome(),
                Comparison.ruleIds(evaluation.findings()));
        return new ReplayResult(recorded.decisionId(), recorded.transactionId(), choice.name().toLowerCase(Locale.ROOT),
                new ReplayResult.Answer(recorded.outcome(), recorded.ruleSetVersion(), comparison.rulesBefore(), null),
                new ReplayResult.Answer(evaluation.outcome(), ruleSet.version(), comparison.rulesAfter(),
                        evaluation.findings()),
                comparison.same(), comparison.rulesAdded(), comparison.rulesRemoved());
    }
}
