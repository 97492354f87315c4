package dev.warden.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.warden.config.WardenConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Holds the rule set that decisions run on and swaps it atomically. A request takes one reference at its start
 * and uses it to the end, so no decision ever mixes two versions. A set that fails to compile never replaces the
 * one serving; the failure is kept for {@code GET /v1/rules} and for readiness.
 */
@ApplicationScoped
public class ActiveRuleSet {
    private static final Logger LOG = Logger.getLogger(ActiveRuleSet.class);

    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final AtomicReference<LoadAttempt> lastAttempt = new AtomicReference<>();
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final WardenConfig config;

    public ActiveRuleSet(WardenConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    /** Reads and compiles the rules folder; activates it if it is valid. */
    public synchronized LoadAttempt reload() {
        Path folder = Path.of(config.rules().dir());
        LoadAttempt attempt;
        try {
            RuleSources sources = RuleSources.readFolder(folder);
            CompiledRuleSet current = active.get();
            if (current != null && current.version().equals(sources.version())) {
                attempt = new LoadAttempt(Instant.now(), sources.version(), true, List.of());
            } else {
                CompiledRuleSet compiled = compiler.compile(sources);
                RuleSetWarmup.warm(compiled);
                active.set(compiled);
                LOG.infof("Rule set %s active: %d rules from %s", compiled.version(), compiled.rules().size(),
                        compiled.origin());
                attempt = new LoadAttempt(Instant.now(), compiled.version(), true, List.of());
            }
        } catch (RuleSetInvalidException e) {
            LOG.errorf("%s%nThe last good rule set keeps serving.", e.getMessage());
            attempt = new LoadAttempt(Instant.now(), null, false, e.diagnostics());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Cannot load rules from %s; the last good rule set keeps serving.", folder);
            attempt = new LoadAttempt(Instant.now(), null, false,
                    List.of(new RuleDiagnostic(folder.toString(), 0, String.valueOf(e.getMessage()))));
        }
        lastAttempt.set(attempt);
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
    public record LoadAttempt(Instant at, String version, boolean succeeded, List<RuleDiagnostic> errors) {
    }
}
