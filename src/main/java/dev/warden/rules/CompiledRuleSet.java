package dev.warden.rules;

import java.time.Instant;
import java.util.List;

import org.kie.api.KieBase;

import dev.warden.facts.PastTransaction;
import dev.warden.facts.ReferenceLists;

/**
 * One compiled, immutable version of the rules folder. Shared by all requests; each decision opens its own
 * session on {@link #kieBase()}. Never modified after construction: a change to the folder builds a new one.
 *
 * @param matchesInsertedRows whether a rule matches PastTransaction facts in working memory (a pattern over
 *        PastTransaction without {@code from}): the rows are then inserted one by one, as before the History fact;
 *        the shipped rules read them from History and do not need it (see {@link RuleEvaluator})
 */
public record CompiledRuleSet(RuleSources sources, String version, Instant loadedAt, KieBase kieBase,
        List<RuleInfo> rules, ReferenceLists lists, java.util.Set<String> globals, boolean matchesInsertedRows) {

    /**
     * The version every decision records names these sources and nothing else; whether rows are inserted is what the
     * network says (a wrong flag would drop rows an old-style rule needs, or insert them for nothing).
     */
    public CompiledRuleSet {
        if (!version.equals(sources.version())) {
            throw new IllegalArgumentException("rule-set version " + version + " is not the hash of its sources");
        }
        if (matchesInsertedRows != matchesInsertedRows(kieBase)) {
            throw new IllegalArgumentException("matchesInsertedRows " + matchesInsertedRows + " is not what the rules match");
        }
    }

    /**
     * {@code version}: the content hash of the behaviour files, the version every decision records. Hashed once
     * here: hashing every rule file and list per decision cost 7% of a decision's CPU.
     */
    public CompiledRuleSet(RuleSources sources, Instant loadedAt, KieBase kieBase, List<RuleInfo> rules,
            ReferenceLists lists, java.util.Set<String> globals) {
        this(sources, sources.version(), loadedAt, kieBase, rules, lists, globals, matchesInsertedRows(kieBase));
    }

    /**
     * Whether the network has an entry for PastTransaction facts (or a supertype such as Object): Drools builds one
     * only for patterns that match inserted facts, not for patterns that read with {@code from}.
     */
    private static boolean matchesInsertedRows(KieBase kieBase) {
        return ((org.drools.core.impl.InternalRuleBase) kieBase).getRete().getObjectTypeNodes().stream()
                .map(node -> node.getObjectType())
                .anyMatch(type -> type instanceof org.drools.base.base.ClassObjectType classType
                        && classType.getClassType() != org.drools.base.reteoo.InitialFactImpl.class
                        && classType.getClassType().isAssignableFrom(PastTransaction.class));
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
