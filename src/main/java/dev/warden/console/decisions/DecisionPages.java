package dev.warden.console.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.warden.decision.DecisionRecord;
import dev.warden.decision.DecisionRecords;
import dev.warden.replay.RecordedDecisionReader;
import dev.warden.replay.RequestParams;
import dev.warden.review.ReviewReads;
import dev.warden.validation.InvalidFieldException;

/**
 * The console's decision search and decision page: HTML over the decision audit log and the review state. Pages
 * for people, not API: left out of the OpenAPI document.
 */
@Path("/console/decisions")
@Produces(MediaType.TEXT_HTML)
public class DecisionPages {
    private final DecisionRecords records;
    private final RecordedDecisionReader recorded;
    private final ReviewReads reviews;
    private final ObjectMapper json;

    public DecisionPages(DecisionRecords records, RecordedDecisionReader recorded, ReviewReads reviews,
            ObjectMapper json) {
        this.records = records;
        this.recorded = recorded;
        this.reviews = reviews;
        this.json = json;
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance decisions(DecisionSearchForm form, List<DecisionRow> rows, String previousHref,
                String nextHref, String problemField, String problemText);

        static native TemplateInstance decision(DecisionDetail decision);
    }

    /**
     * Filters id, transactionId, party, account, outcome, from, to (ISO-8601 instants), page; newest first, 50 a
     * page. A bad filter answers the page again with 400 and names the field.
     */
    @GET
    @Operation(hidden = true)
    public Response search(@BeanParam DecisionSearchParams params) {
        DecisionSearchForm form = params.form();
        try {
            UUID id = form.decisionId();
            List<DecisionRecord> found = id != null ? records.byId(id).map(List::of).orElse(List.of())
                    : records.search(form.query());
            List<DecisionRow> rows = new ArrayList<>();
            for (DecisionRecord record : found) rows.add(DecisionRow.of(record, response(record)));
            int page = form.pageNumber();
            String previous = page > 0 ? form.href(page - 1) : null;
            String next = id == null && rows.size() == DecisionSearchForm.PAGE_SIZE ? form.href(page + 1) : null;
            return html(200, Templates.decisions(form, rows, previous, next, null, null));
        } catch (InvalidFieldException e) {
            return html(400, Templates.decisions(form, List.of(), null, null, e.field(), e.getMessage()));
        }
    }

    /** One recorded decision with its request, findings and review; 400 for an id that is no UUID, 404 for none. */
    @GET
    @Path("/{decisionId}")
    @Operation(hidden = true)
    public Response decision(@PathParam("decisionId") String decisionId) {
        DecisionSearchForm form = new DecisionSearchForm(decisionId, null, null, null, null, null, null, null);
        UUID id;
        try {
            id = RequestParams.uuid("id", decisionId);
        } catch (InvalidFieldException e) {
            return html(400, Templates.decisions(form, List.of(), null, null, e.field(), e.getMessage()));
        }
        var record = records.byId(id);
        var request = recorded.byId(id);
        if (record.isEmpty() || request.isEmpty()) {
            return html(404, Templates.decisions(form, List.of(), null, null, "id", "no decision " + id + " is recorded"));
        }
        DecisionDetail detail = DecisionDetail.of(record.get(), response(record.get()), request.get().request(),
                reviews.alertOfDecision(id).orElse(null));
        return html(200, Templates.decision(detail));
    }

    private JsonNode response(DecisionRecord record) {
        try {
            return json.readTree(record.response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + record.decisionId + " has an unreadable stored answer", e);
        }
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
