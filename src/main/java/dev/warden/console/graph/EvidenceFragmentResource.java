package dev.warden.console.graph;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The HTML fragments the console's case page loads for a decision's evidence. Plain HTML without the layout;
 * path parameters are taken as text and checked here, so that a malformed id is a 404 fragment like an unknown
 * one, not a JSON problem.
 */
@Path("/console/fragments")
@Tag(name = "Console fragments")
@Produces(MediaType.TEXT_HTML)
public class EvidenceFragmentResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    /** Far more findings than a decision holds; bounds the number parsed from the path. */
    private static final int MAX_INDEX = 9_999;

    private final MoneyPaths moneyPaths;
    private final CaseTimelines timelines;
    private final ScreeningMatches matches;
    private final Template moneyPath;
    private final Template timeline;
    private final Template match;
    private final Template notFound;

    public EvidenceFragmentResource(MoneyPaths moneyPaths, CaseTimelines timelines, ScreeningMatches matches,
            @Location("console/fragments/money-path.html") Template moneyPath,
            @Location("console/fragments/timeline.html") Template timeline,
            @Location("console/fragments/match.html") Template match,
            @Location("console/fragments/not-found.html") Template notFound) {
        this.moneyPaths = moneyPaths;
        this.timelines = timelines;
        this.matches = matches;
        this.moneyPath = moneyPath;
        this.timeline = timeline;
        this.match = match;
        this.notFound = notFound;
    }

    @GET
    @Path("/decisions/{decisionId}/findings/{index}/path")
    @Operation(summary = "The money path of a layering finding as an SVG graph (HTML fragment)",
            description = "index is 0-based in the order of the decision's stored findings. A figure.money-path with "
                    + "an inline svg (accounts as nodes, transfers as edges with amount and time, the decided "
                    + "transfer marked) and a caption listing the transfers. docs/console-evidence.md")
    @APIResponse(responseCode = "200", description = "The figure", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such decision or finding, or the finding names no path",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public TemplateInstance path(@PathParam("decisionId") String decisionId, @PathParam("index") String index) {
        return moneyPath.data("path", moneyPaths.of(decision(decisionId), index(index)))
                .data("maxTransfers", TransferReads.MAX_TRANSFERS);
    }

    @GET
    @Path("/cases/{caseId}/timeline")
    @Operation(summary = "The case customer's recent transactions, newest first (HTML fragment)",
            description = "The customer is the case's party, else the account its customer key or alerts name; "
                    + "warden.console.timeline.size transactions (default 50) with time, direction, counterparty, "
                    + "amount, the decision's outcome, those of the case's alerts marked. A section.timeline.")
    @APIResponse(responseCode = "200", description = "The section", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = MediaType.TEXT_HTML))
    public TemplateInstance timeline(@PathParam("caseId") String caseId) {
        return timeline.data("timeline", timelines.of(uuid(caseId, "No such case.")));
    }

    @GET
    @Path("/decisions/{decisionId}/findings/{index}/match")
    @Operation(summary = "A screening finding's party beside the list entry it hit, with what matched (HTML fragment)",
            description = "index is 0-based in the order of the decision's stored findings. A section.match: the "
                    + "party as the request gave it, the entry as the serving list holds it (names, type, countries, "
                    + "dates of birth, identifiers, wallets), the score and the matched words in mark elements.")
    @APIResponse(responseCode = "200", description = "The section", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such decision or finding, or not a screening finding",
            content = @Content(mediaType = MediaType.TEXT_HTML))
    public TemplateInstance match(@PathParam("decisionId") String decisionId, @PathParam("index") String index) {
        return match.data("view", matches.of(decision(decisionId), index(index)));
    }

    @ServerExceptionMapper
    public Response missing(EvidenceNotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).type(HTML)
                .entity(notFound.data("message", e.getMessage()).render()).build();
    }

    static UUID decision(String text) {
        return uuid(text, "No such decision.");
    }

    private static UUID uuid(String text, String missing) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new EvidenceNotFoundException(missing);
        }
    }

    static int index(String text) {
        if (text == null || !text.matches("[0-9]{1,4}") || Integer.parseInt(text) > MAX_INDEX) {
            throw new EvidenceNotFoundException("No such finding.");
        }
        return Integer.parseInt(text);
    }
}
