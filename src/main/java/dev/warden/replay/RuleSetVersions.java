package dev.warden.replay;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;
import dev.warden.rules.lifecycle.ActiveRuleSet;
import dev.warden.rules.lifecycle.RuleSetStore;

/**
 * Compiled rule sets by version, for re-deciding recorded transactions. The serving set is used as it is; any
 * other version is compiled again from its stored files. Compiling takes seconds and a compiled set holds a
 * KieBase in memory, so the last few versions used are kept (least recently used goes first).
 */
@ApplicationScoped
public class RuleSetVersions {
    private final ActiveRuleSet active;
    private final RuleSetStore store;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final Map<String, CompiledRuleSet> compiled;

    public RuleSetVersions(ActiveRuleSet active, RuleSetStore store, ReplayConfig config) {
        this.active = active;
        this.store = store;
        int capacity = Math.max(1, config.compiledVersions());
        this.compiled = new LinkedHashMap<>(capacity + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompiledRuleSet> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The set serving now; 503 when none has ever loaded. */
    public CompiledRuleSet active() {
        return active.current().orElseThrow(() -> new WebApplicationException("no valid rule set is loaded", 503));
    }

    /** The given version, compiled; 409 when it was never stored (activated before versions were kept). */
    public synchronized CompiledRuleSet version(String version) {
        CompiledRuleSet serving = active.current().orElse(null);
        if (serving != null && serving.version().equals(version)) return serving;
        CompiledRuleSet cached = compiled.get(version);
        if (cached != null) return cached;
        RuleSources sources = store.load(version).orElseThrow(() -> new WebApplicationException(
                "rule set version " + version + " is not stored, so it cannot be compiled again", 409));
        CompiledRuleSet fresh = compiler.compile(sources);
        compiled.put(version, fresh);
        return fresh;
    }
}
