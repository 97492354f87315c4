package dev.warden.rules.candidate;

import java.io.PrintStream;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.rules.RuleDiagnostic;
import dev.warden.rules.RuleFile;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSources;
import dev.warden.rules.lifecycle.RuleSetValidator;

/**
 * The child JVM's entry point: reads one candidate (its files, as JSON on standard input), compiles it as an
 * upload and runs its scenarios, and writes the {@link CandidateReport} as JSON on standard output. It starts no
 * service, opens no database and holds no credentials; {@link IsolatedValidation} bounds its heap and its time.
 */
public final class CandidateCheckMain {
    /** What the parent sends. */
    record Request(boolean requirePassingScenarios, String origin, List<RuleFile> files) {
    }

    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CandidateCheckMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream answer = System.out;
        // Whatever the engine or a rule prints must not corrupt the answer.
        System.setOut(System.err);
        Request request = JSON.readValue(System.in, Request.class);
        RuleSources sources = new RuleSources(request.origin(), request.files());
        CandidateReport report;
        try {
            RuleSetValidator.Validation validation = new RuleSetValidator(RuleSetCompiler.Trust.UPLOADED)
                    .validate(sources, request.requirePassingScenarios());
            report = new CandidateReport(validation.diagnostics(),
                    validation.ruleSet() == null ? null : validation.ruleSet().rules(), validation.scenarios());
        } catch (RuntimeException e) {
            report = CandidateReport.rejected(List.of(new RuleDiagnostic(request.origin(), 0,
                    "cannot be validated: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        JSON.writeValue(answer, report);
        answer.flush();
        System.exit(0);
    }
}
