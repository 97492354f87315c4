package dev.warden.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.warden.replay.RequestParams;
import dev.warden.review.report.CaseReport;
import dev.warden.review.report.CaseReports;

/** The reports filed from a case (a FinCEN SAR when a REPORTED disposition was approved), as stored. */
@Path("/v1/cases/{caseId}/reports")
@Tag(name = "Review")
public class CaseReportResource {
    private static final String LIST_EXAMPLE = """
            [{"reportId": "5b0f3c1e-2d4a-4f6b-9c8d-7e6f5a4b3c2d", "caseId": "9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a",
              "format": "fincen-sar-xml", "mediaType": "application/xml",
              "sha256": "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea",
              "preparedBy": "olga", "approvedBy": "marta", "createdAt": "2026-11-21T09:30:00Z"}]""";
    private static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "no case 9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a"}""";

    private final CaseReports reports;

    public CaseReportResource(CaseReports reports) {
        this.reports = reports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The case's reports, oldest first, without their content",
            description = "A report is filed when a supervisor approves the disposition REPORTED; sha256 is the hex "
                    + "SHA-256 of the stored document.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseReport[].class),
            examples = @ExampleObject(name = "reports", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "problem", value = NOT_FOUND)))
    public List<CaseReport> list(@PathParam("caseId") String caseId) {
        return reports.ofCase(RequestParams.uuid("caseId", caseId));
    }

    @GET
    @Path("/{reportId}")
    @Produces({"application/xml", MediaType.APPLICATION_JSON})
    @Operation(summary = "One report as stored: the document its writer produced, in its media type",
            description = "For fincen-sar-xml, a FinCEN SAR (Report 111) XML batch (application/xml) for BSA "
                    + "E-Filing, validated against FinCEN's schema when it was written.")
    @APIResponse(responseCode = "200", description = "The stored document; its ETag is its hex SHA-256", content = @Content(
            mediaType = "application/xml", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary")))
    @APIResponse(responseCode = "404", description = "No such case, or no such report of the case", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "problem", value = NOT_FOUND)))
    public Response document(@PathParam("caseId") String caseId, @PathParam("reportId") String reportId) {
        CaseReport.Document document = reports.document(RequestParams.uuid("caseId", caseId),
                RequestParams.uuid("reportId", reportId));
        return Response.ok(document.content(), document.report().mediaType())
                .tag(document.report().sha256()).build();
    }
}
