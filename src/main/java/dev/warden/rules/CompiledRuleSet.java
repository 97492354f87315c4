package dev.warden.rules;

import java.time.Instant;
import java.util.List;

import org.kie.api.KieBase;

import dev.warden.facts.ReferenceLists;

/**
 * One compiled, immutable version of the rules folder. Shared by all requests; each decision borrows a session
 * from {@link #sessions()} and hands it back. Never modified after construction: a change to the folder builds a
 * new one, with sessions of its own.
 *
 * <p>{@code sessions}: sessions on {@link #kieBase()} that are kept between decisions rather than built for each.
 * Building one lays out memory for every node of the network on first touch; a kept session has them laid out
 * already (docs/throughput.md, "What each change bought", measures the difference). They go with the rule set.
 */
public record CompiledRuleSet(RuleSources sources, String version, Instant loadedAt, KieBase kieBase,
        RuleSessions sessions, List<RuleInfo> rules, ReferenceLists lists, java.util.Set<String> globals) {

    /** The version every decision records names these sources and nothing else. */
    public CompiledRuleSet {
        if (!version.equals(sources.version())) {
            throw new IllegalArgumentException("rule-set version " + version + " is not the hash of its sources");
        }
    }

    /**
     * {@code version}: the content hash of the behaviour files, the version every decision records. Hashed once
     * here: hashing every rule file and list per decision cost 7% of a decision's CPU.
     */
    public CompiledRuleSet(RuleSources sources, Instant loadedAt, KieBase kieBase, List<RuleInfo> rules,
            ReferenceLists lists, java.util.Set<String> globals) {
        this(sources, sources.version(), loadedAt, kieBase, new RuleSessions(kieBase, lists, globals), rules,
                lists, globals);
    }

    /** Where the files were read from (a folder, or an upload being validated). */
    public String origin() {
        return sources.origin();
    }

    /** The files that define behaviour, by path. */
    public List<String> files() {
        return sources.behaviourFiles().stream().map(RuleFile::path).toList();
    }
}
