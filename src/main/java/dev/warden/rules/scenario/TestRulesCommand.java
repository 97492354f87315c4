package dev.warden.rules.scenario;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSetInvalidException;
import dev.warden.rules.RuleSources;

/**
 * {@code java -jar quarkus-run.jar test-rules [folder]}: compiles a rules folder and runs its scenarios, for a
 * compliance officer at a terminal. No database, no HTTP, no Java to write. Exit code 0 when the set compiles
 * and every scenario passes, 1 otherwise.
 */
public final class TestRulesCommand {
    private TestRulesCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        Path folder = Path.of(args.length > 0 ? args[0] : "rules");
        out.println("Testing rules in " + folder.toAbsolutePath());
        RuleSources sources;
        CompiledRuleSet ruleSet;
        try {
            sources = RuleSources.readFolder(folder);
            ruleSet = new RuleSetCompiler().compile(sources);
        } catch (RuleSetInvalidException e) {
            out.println("The rule set does not compile:");
            e.diagnostics().forEach(d -> out.println("  " + d));
            return 1;
        } catch (RuntimeException e) {
            out.println("Cannot read the rules: " + e.getMessage());
            return 1;
        }
        out.println(ruleSet.rules().size() + " rules compiled from " + ruleSet.files().size() + " files");
        List<RuleDiagnostic> unreadable = new ArrayList<>();
        List<Scenario> scenarios = new ScenarioLoader().load(sources, unreadable);
        unreadable.forEach(d -> out.println("  UNREADABLE  " + d));
        ScenarioReport report = new ScenarioRunner(SeedScreening.index(), ScenarioRunner.DEFAULT_WINDOW).run(ruleSet, scenarios);
        out.print(report.render());
        return report.allPassed() && unreadable.isEmpty() ? 0 : 1;
    }
}
