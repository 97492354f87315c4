package dev.warden.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import dev.warden.review.AlertView;
import dev.warden.review.CaseView;
import dev.warden.review.ReviewReads;
import dev.warden.validation.InvalidFieldException;

/** The queue: open alerts and cases, most urgent first, filtered by a GET form; each row claims its case. */
@Path("/console")
@Tag(name = "Console")
@Produces(MediaType.TEXT_HTML)
public class QueuePage {
    @CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance queue(Person person, QueueFilters filters, List<AlertView> alerts,
                Map<UUID, String> caseAssignees, List<CaseView> cases, boolean more, String error);
    }

    private final ReviewReads reads;
    private final SecurityIdentity identity;

    public QueuePage(ReviewReads reads, SecurityIdentity identity) {
        this.reads = reads;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The officer console's queue (HTML): alerts or cases, filtered and sorted by the query")
    @APIResponse(responseCode = "200", description = "The queue page")
    @APIResponse(responseCode = "400", description = "A filter the form cannot send; the page names it")
    public Response queue(@QueryParam("tab") String tab, @QueryParam("status") String status,
            @QueryParam("assignee") String assignee, @QueryParam("mine") String mine,
            @QueryParam("severity") String severity, @QueryParam("rule") String rule,
            @QueryParam("overdue") String overdue, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Person person = Person.of(identity);
        QueueFilters filters;
        try {
            filters = QueueFilters.parse(tab, status, assignee, mine, severity, rule, overdue, sort, page);
        } catch (InvalidFieldException e) {
            QueueFilters plain = QueueFilters.parse(null, null, null, null, null, null, null, null, null);
            return Response.status(400).entity(Templates.queue(person, plain, List.of(), Map.of(), List.of(), false,
                    e.field() + ": " + e.getMessage())).build();
        }
        var query = filters.query(person.name());
        if (filters.alertsTab()) {
            List<AlertView> alerts = reads.alerts(query);
            Map<UUID, String> assignees = reads.assignees(alerts.stream().map(AlertView::caseId).collect(Collectors.toSet()));
            return Response.ok(Templates.queue(person, filters, alerts, assignees, List.of(),
                    alerts.size() == QueueFilters.PAGE_SIZE, null)).build();
        }
        List<CaseView> cases = reads.cases(query);
        return Response.ok(Templates.queue(person, filters, List.of(), Map.of(), cases, cases.size() == QueueFilters.PAGE_SIZE,
                null)).build();
    }
}
