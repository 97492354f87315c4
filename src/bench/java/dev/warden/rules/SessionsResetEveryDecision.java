package dev.warden.rules;

/** For benchmarks: a compiled rule set as it is, whose sessions are reset after every decision rather than kept. */
public final class SessionsResetEveryDecision {
    private SessionsResetEveryDecision() {
    }

    public static CompiledRuleSet of(CompiledRuleSet set) {
        RuleSessions resetting = new RuleSessions(set.kieBase().newKieSessionsPool(0), set.lists(), set.globals(), false);
        return new CompiledRuleSet(set.sources(), set.version(), set.loadedAt(), set.kieBase(), resetting, set.rules(),
                set.lists(), set.globals());
    }
}
