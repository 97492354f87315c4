package dev.warden.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.config.WardenConfig;
import dev.warden.rules.RuleArchive;
import dev.warden.rules.RuleSources;
import dev.warden.rules.candidate.CandidateReport;
import dev.warden.rules.candidate.IsolatedValidation;
import dev.warden.rules.lifecycle.ActiveRuleSet;
import dev.warden.rules.lifecycle.RuleSetStore;
import dev.warden.rules.scenario.ScenarioResult;

/** The rules lifecycle over HTTP: what serves, reload, validate a candidate, stored versions. */
@Path("/v1/rules")
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    private final ActiveRuleSet rules;
    private final RuleSetStore store;
    private final WardenConfig config;

    public RulesResource(ActiveRuleSet rules, RuleSetStore store, WardenConfig config) {
        this.rules = rules;
        this.store = store;
        this.config = config;
    }

    @GET
    @Operation(summary = "The active rule set (version, origin, files, rules) and the last load attempt")
    public Map<String, Object> get() {
        Map<String, Object> body = new LinkedHashMap<>();
        rules.current().ifPresentOrElse(set -> {
            body.put("version", set.version());
            body.put("loadedFrom", set.origin());
            body.put("loadedAt", set.loadedAt());
            body.put("files", set.files());
            body.put("rules", set.rules());
            body.put("lists", set.lists().names());
        }, () -> body.put("version", null));
        rules.lastAttempt().ifPresent(attempt -> body.put("lastAttempt", attempt));
        return body;
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Read the rules folder now; activate it if it changed and is valid",
            description = "200 when the folder is active (activated now or unchanged); 422 with the diagnostics when "
                    + "it was rejected, in which case the last good rule set keeps serving.")
    public Response reload() {
        ActiveRuleSet.LoadAttempt attempt = rules.reload(true);
        return Response.status(attempt.succeeded() ? 200 : 422).entity(attempt).build();
    }

    @POST
    @Path("/validate")
    @Consumes({ "application/zip", "application/x-tar", "application/gzip", MediaType.TEXT_PLAIN,
            MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Validate a candidate rule set without activating anything",
            description = "Send a whole folder as application/zip or application/x-tar (gzip allowed), or one file as "
                    + "text/plain with ?path=layering/new-rule.drl, which is checked in place within the serving set. "
                    + "Answers the diagnostics (file and line), the rules and the scenario results. The candidate is "
                    + "untrusted: its text may name only the facts and java.lang/java.util/java.time/java.math value "
                    + "types, and it is compiled and tested in a separate, time- and memory-limited process.")
    public Map<String, Object> validate(@HeaderParam("Content-Type") String contentType, @QueryParam("path") String path,
            byte[] body) {
        if (body == null || body.length == 0) throw new BadRequestException("the body must hold a rule file or an archive");
        RuleSources candidate = candidate(contentType == null ? "" : contentType, path, body);
        CandidateReport validation = new IsolatedValidation(config.rules()).validate(candidate);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("valid", validation.valid());
        answer.put("version", candidate.version());
        answer.put("diagnostics", validation.diagnostics());
        if (validation.rules() != null) answer.put("rules", validation.rules());
        if (validation.scenarios() != null) {
            Map<String, Object> scenarios = new LinkedHashMap<>();
            scenarios.put("passed", validation.scenarios().passed());
            scenarios.put("failed", validation.scenarios().failed());
            scenarios.put("failures", validation.scenarios().results().stream().filter(r -> !r.passed())
                    .map(RulesResource::failure).toList());
            scenarios.put("uncoveredRules", validation.scenarios().uncoveredRules());
            answer.put("scenarios", scenarios);
        }
        return answer;
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every rule set version ever activated, newest first (their files are stored for replay)")
    public List<RuleSetStore.StoredVersion> versions() {
        return store.list();
    }

    private RuleSources candidate(String contentType, String path, byte[] body) {
        try {
            RuleSources folder = RuleArchive.fromUpload(contentType, body);
            if (folder != null) return folder;
            if (path == null || path.isBlank()) {
                throw new dev.warden.validation.InvalidFieldException("path", "a single file needs ?path=, e.g. layering/new-rule.drl");
            }
            RuleSources serving = rules.current().map(s -> s.sources())
                    .orElseGet(() -> RuleSources.readFolder(java.nio.file.Path.of(config.rules().dir())));
            return RuleArchive.withFile(serving, path, body);
        } catch (RuleArchive.TooLarge e) {
            throw new jakarta.ws.rs.WebApplicationException(e.getMessage(), 413);
        } catch (IOException | IllegalArgumentException e) {
            throw new dev.warden.validation.InvalidFieldException("$", "not a readable archive or file: " + e.getMessage());
        }
    }

    private static Map<String, Object> failure(ScenarioResult result) {
        return Map.of("scenario", result.title(), "fired", result.fired(), "failures", result.failures());
    }
}
