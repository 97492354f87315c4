package dev.warden.rules;

import java.time.Instant;
import java.util.List;

import org.kie.api.KieBase;

import dev.warden.facts.ReferenceLists;

/**
 * One compiled, immutable version of the rules folder. Shared by all requests; each decision opens its own
 * session on {@link #kieBase()}. Never modified after construction: a change to the folder builds a new one.
 */
public record CompiledRuleSet(String version, String origin, Instant loadedAt, KieBase kieBase,
        List<RuleInfo> rules, List<String> files, ReferenceLists lists, java.util.Set<String> globals) {
}
