package dev.warden.replay.backtest;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.config.WardenConfig;
import dev.warden.replay.RuleSetVersions;
import dev.warden.rules.RuleArchive;
import dev.warden.rules.RuleSetCompiler;
import dev.warden.rules.RuleSetInvalidException;
import dev.warden.rules.RuleSources;
import dev.warden.rules.candidate.CandidateReport;
import dev.warden.rules.candidate.IsolatedValidation;
import dev.warden.rules.lifecycle.RuleSetValidator;
import dev.warden.validation.InvalidFieldException;

/**
 * The rule set a backtest runs: an uploaded folder (zip or tar, as for validation) that must pass the same
 * validation an activation would (isolated, as for the validate endpoint), or the active set when nothing is
 * uploaded.
 */
@ApplicationScoped
public class CandidateRuleSets {
    private final RuleSetVersions versions;
    private final WardenConfig config;

    public CandidateRuleSets(RuleSetVersions versions, WardenConfig config) {
        this.versions = versions;
        this.config = config;
    }

    /** The validation of the uploaded set, or of the active one (always valid) when the body is empty. */
    public RuleSetValidator.Validation candidate(String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            return new RuleSetValidator.Validation(versions.active(), java.util.List.of(), null);
        }
        RuleSources sources = read(contentType == null ? "" : contentType, body);
        CandidateReport report = new IsolatedValidation(config.rules()).validate(sources);
        if (!report.valid()) return new RuleSetValidator.Validation(null, report.diagnostics(), null);
        // Compiled here again, under the same checks, to run over recorded decisions: the child proved it
        // compiles and that its scenarios end; the code checks keep what it may reach to the facts.
        try {
            return new RuleSetValidator.Validation(new RuleSetCompiler(RuleSetCompiler.Trust.UPLOADED).compile(sources),
                    java.util.List.of(), null);
        } catch (RuleSetInvalidException e) {
            return new RuleSetValidator.Validation(null, e.diagnostics(), null);
        }
    }

    private static RuleSources read(String contentType, byte[] body) {
        try {
            RuleSources folder = RuleArchive.fromUpload(contentType, body);
            if (folder != null) return folder;
        } catch (RuleArchive.TooLarge e) {
            throw new jakarta.ws.rs.WebApplicationException(e.getMessage(), 413);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidFieldException("body", "not a readable archive: " + e.getMessage());
        }
        throw new InvalidFieldException("Content-Type", "a candidate rule set is a folder sent as application/zip "
                + "or application/x-tar (gzip allowed); '" + contentType + "' is neither");
    }
}
