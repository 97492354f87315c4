package dev.warden.rules.lifecycle;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleSources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.warden.config.WardenConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;

/**
 * Holds the rule set that decisions run on and swaps it atomically. A request takes one reference at its start
 * and uses it to the end, so no decision ever mixes two versions. A candidate is compiled, validated (house rules
 * and, when configured, its scenarios), warmed up and stored before it replaces the serving set; a candidate that
 * fails never replaces it, and the failure is kept for {@code GET /v1/rules}, the metrics and readiness detail.
 */
@ApplicationScoped
public class ActiveRuleSet {
    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class);

    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final AtomicReference<LoadAttempt> lastAttempt = new AtomicReference<>();
    private final RuleSetValidator validator = new RuleSetValidator();
    private final WardenConfig config;
    private final RuleSetStore store;
    private final MeterRegistry metrics;
    private final MultiGauge activeVersion;
    private volatile String lastRejectedVersion;

    public ActiveRuleSet(WardenConfig config, RuleSetStore store, MeterRegistry metrics) {
        this.config = config;
        this.store = store;
        this.metrics = metrics;
        this.activeVersion = MultiGauge.builder("warden.rules.active")
                .description("The rule set version serving decisions (value 1, version as a tag)").register(metrics);
        Gauge.builder("warden.rules.last.reload.failed", lastAttempt, a -> a.get() != null && !a.get().succeeded() ? 1 : 0)
                .description("1 when the last attempt to load the rules folder was rejected").register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Reads the rules folder and activates it if it changed and is valid. */
    public LoadAttempt reload() {
        return reload(false);
    }

    /**
     * @param retryRejected also try a folder whose content was already rejected (an explicit reload asks again;
     *                      the watcher does not, so a broken file is reported once, not every few seconds)
     */
    public synchronized LoadAttempt reload(boolean retryRejected) {
        Path folder = Path.of(config.rules().dir());
        LoadAttempt attempt;
        try {
            RuleSources sources = RuleSources.readFolder(folder);
            CompiledRuleSet current = active.get();
            if (current != null && current.version().equals(sources.version())) {
                return record(new LoadAttempt(Instant.now(), sources.version(), true, false, List.of()), "unchanged");
            }
            if (!retryRejected && sources.version().equals(lastRejectedVersion)) {
                return lastAttempt.get();
            }
            RuleSetValidator.Validation validation = validator.validate(sources, config.rules().requirePassingScenarios());
            if (!validation.valid()) {
                lastRejectedVersion = sources.version();
                LOG.errorf("Rule set %s rejected:%n  %s%nThe last good rule set keeps serving.", sources.version(),
                        String.join("\n  ", validation.diagnostics().stream().map(RuleDiagnostic::toString).toList()));
                return record(new LoadAttempt(Instant.now(), sources.version(), false, false, validation.diagnostics()), "rejected");
            }
            activate(validation.ruleSet());
            attempt = new LoadAttempt(Instant.now(), sources.version(), true, true, List.of());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Cannot load rules from %s; the last good rule set keeps serving.", folder);
            return record(new LoadAttempt(Instant.now(), null, false, false,
                    List.of(new RuleDiagnostic(folder.toString(), 0, String.valueOf(e.getMessage())))), "rejected");
        }
        return record(attempt, "activated");
    }

    private void activate(CompiledRuleSet compiled) {
        RuleSetWarmup.warm(compiled);
        try {
            store.save(compiled);
        } catch (RuntimeException e) {
            // Serving matters more than the archive: activate anyway, and say that replay of this version needs
            // the folder until a later activation stores it.
            LOG.warnf("Rule set %s is active but not stored: %s", compiled.version(), e.getMessage());
        }
        active.set(compiled);
        lastRejectedVersion = null;
        activeVersion.register(List.of(MultiGauge.Row.of(Tags.of("version", compiled.version()), 1)), true);
        LOG.infof("Rule set %s active: %d rules from %s", compiled.version(), compiled.rules().size(), compiled.origin());
    }

    private LoadAttempt record(LoadAttempt attempt, String result) {
        metrics.counter("warden.rules.reloads", "result", result).increment();
        if (!"unchanged".equals(result) || lastAttempt.get() == null) lastAttempt.set(attempt);
        return attempt;
    }

    /** The set serving now, if any set has ever compiled. */
    public Optional<CompiledRuleSet> current() {
        return Optional.ofNullable(active.get());
    }

    public Optional<LoadAttempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt.get());
    }

    /** The outcome of one attempt to load the rules folder. */
    public record LoadAttempt(Instant at, String version, boolean succeeded, boolean activated,
            List<RuleDiagnostic> errors) {
    }
}
