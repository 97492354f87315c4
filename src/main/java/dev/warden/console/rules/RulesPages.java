package dev.warden.console.rules;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.replay.RequestParams;
import dev.warden.replay.backtest.BacktestJob;
import dev.warden.replay.backtest.BacktestJobs;
import dev.warden.replay.shadow.ShadowEvaluator;
import dev.warden.replay.shadow.ShadowSummary;
import dev.warden.rules.CompiledRuleSet;
import dev.warden.rules.lifecycle.ActiveRuleSet;
import dev.warden.validation.InvalidFieldException;

/**
 * The console's rules page: the serving rule set and its last reload, the scenario results, the shadow summary
 * and the backtests this pod keeps, read from the services the rules API uses. Pages for people, not API: left out
 * of the OpenAPI document.
 */
@Path("/console/rules")
@Produces(MediaType.TEXT_HTML)
public class RulesPages {
    private final ActiveRuleSet rules;
    private final ScenarioRuns scenarios;
    private final ShadowEvaluator shadow;
    private final BacktestJobs backtests;
    private final SecurityIdentity identity;

    public RulesPages(ActiveRuleSet rules, ScenarioRuns scenarios, ShadowEvaluator shadow, BacktestJobs backtests,
            SecurityIdentity identity) {
        this.rules = rules;
        this.scenarios = scenarios;
        this.shadow = shadow;
        this.backtests = backtests;
        this.identity = identity;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance rules(CompiledRuleSet serving, List<RuleFileView> files,
                ActiveRuleSet.LoadAttempt lastAttempt, ScenarioRun scenarios, ShadowSummary shadow,
                List<Tally> shadowRules, List<BacktestJob> backtests, String problemText);

        static native TemplateInstance backtest(BacktestJob job, List<Tally> outcomes, List<Tally> rules,
                String problemField, String problemText);
    }

    @GET
    @Operation(hidden = true)
    public Response page() {
        return page(200, null);
    }

    /** Runs the serving set's scenarios (a form with the CSRF token), then shows the page again (303). */
    @POST
    @Path("/scenarios")
    @Operation(hidden = true)
    public Response runScenarios() {
        var serving = rules.current();
        if (serving.isEmpty()) return page(409, "no rule set is serving, so there are no scenarios to run");
        scenarios.run(serving.get(), identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/console/rules#scenarios")).build();
    }

    /** One backtest with its report; 400 for an id that is no UUID, 404 for a job this pod does not keep. */
    @GET
    @Path("/backtests/{id}")
    @Operation(hidden = true)
    public Response backtest(@PathParam("id") String id) {
        UUID jobId;
        try {
            jobId = RequestParams.uuid("id", id);
        } catch (InvalidFieldException e) {
            return html(400, Templates.backtest(null, List.of(), List.of(), e.field(), e.getMessage()));
        }
        return backtests.get(jobId).map(job -> html(200, Templates.backtest(job,
                job.report() == null ? List.of() : Tally.compare(job.report().outcomesBefore(), job.report().outcomesAfter()),
                job.report() == null ? List.of() : Tally.compare(job.report().hitsBefore(), job.report().hitsAfter()),
                null, null)))
                .orElseGet(() -> html(404, Templates.backtest(null, List.of(), List.of(), "id",
                        "no backtest " + jobId + " is kept on this pod")));
    }

    private Response page(int status, String problem) {
        CompiledRuleSet serving = rules.current().orElse(null);
        List<RuleFileView> files = serving == null ? List.of()
                : serving.sources().behaviourFiles().stream().map(RuleFileView::of).toList();
        ShadowSummary summary = shadow.summary();
        List<Tally> shadowRules = summary.rulesFired().entrySet().stream()
                .map(e -> new Tally(e.getKey(), e.getValue().live(), e.getValue().shadow())).toList();
        return html(status, Templates.rules(serving, files, rules.lastAttempt().orElse(null),
                scenarios.last().orElse(null), summary, shadowRules, backtests.list(), problem));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
