package dev.warden.replay;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.history.HistoryConfig;
import dev.warden.engine.DecisionEngine;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.screening.WatchListRegistry;

/**
 * Re-decides a recorded transaction on the facts as they stood when it was decided: the history recorded by
 * then and the KYC profiles changed by then, through the same {@link DecisionEngine} the live path uses.
 * Screening uses the watch lists loaded now: list versions are recorded with each decision but their content
 * is not kept, so a hit added to a list since then shows up as a difference.
 */
@ApplicationScoped
public class AsItStoodThen {
    private final DecisionEngine engine = new DecisionEngine();
    private final HistoryAsRecorded history;
    private final ProfilesAsOf profiles;
    private final WatchListRegistry watchlists;
    private final DecisionEngine.Window window;

    public AsItStoodThen(HistoryAsRecorded history, ProfilesAsOf profiles, WatchListRegistry watchlists,
            HistoryConfig config) {
        this.history = history;
        this.profiles = profiles;
        this.watchlists = watchlists;
        this.window = DecisionEngine.Window.of(config);
    }

    public DecisionEngine.Evaluation redecide(RecordedDecision recorded, CompiledRuleSet ruleSet) {
        return engine.evaluate(ruleSet, watchlists.index(), recorded.request(),
                profiles.load(DecisionEngine.partyIds(recorded.request()), recorded.decidedAt()),
                history.asOf(recorded.decidedAt()),
                window);
    }
}
