package dev.warden.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.decision.DecisionRecords;
import dev.warden.iso20022.IsoDecisions;
import dev.warden.iso20022.PaymentStatusReports;

/**
 * ISO 20022 on the decision endpoint: {@code POST /v1/decisions} with an XML body (pacs.008, pain.001); the JSON
 * body stays with {@link DecisionResource}; and the current pacs.002 of such a decision. Translates, nothing more:
 * docs/iso20022.md.
 */
@Path("/v1/decisions")
@Tag(name = "Decisions")
public class IsoDecisionResource {
    private final IsoDecisions decisions;
    private final PaymentStatusReports reports;
    private final DecisionRecords records;
    private final ObjectMapper json;

    public IsoDecisionResource(IsoDecisions decisions, PaymentStatusReports reports, DecisionRecords records,
            ObjectMapper json) {
        this.decisions = decisions;
        this.reports = reports;
        this.records = records;
        this.json = json;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Produces({ MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML })
    @Operation(summary = "Decide every credit transfer of an ISO 20022 message (pacs.008.001.08, pain.001.001.09)",
            description = "Each CdtTrfTxInf is one decision, recorded as a JSON request is; the UETR (else MsgId:EndToEndId) "
                    + "is its transactionId and idempotency key. The whole message is validated and mapped before any "
                    + "transfer is decided: a problem anywhere decides nothing. Accept: application/xml answers a pacs.002 "
                    + "status report (ACCP, PDNG, RJCT with RR04). The mapping is in docs/iso20022.md.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, description = "a pacs.008.001.08 or "
            + "pain.001.001.09 Document, alone or beside its AppHdr in an envelope")))
    @APIResponse(responseCode = "200", description = "Every transfer's decision, in the order of the message",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "decisions",
                    value = "{\"messageId\":\"ISO-CBPR-0001\",\"messageType\":\"pacs.008.001.08\",\"decisions\":[{\"path\":"
                            + "\"/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]\",\"endToEndId\":\"INV-2026-0815\",\"uetr\":"
                            + "\"8a562c67-ca16-48ba-b074-65581be6f011\",\"idempotentReplay\":false,\"decision\":{\"outcome\":\"ALLOW\"}}]}")),
                    @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type =
                            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            description = "a pacs.002.001.10 FIToFIPaymentStatusReport")) })
    @APIResponse(responseCode = "400", description = "Not XML, not a message Warden decides, breaking its schema, or a "
            + "value Warden cannot use; each error names the element path", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A transfer's transactionId already decided with other content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No rule set loaded or the database is unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(byte[] body, @Context HttpHeaders headers) {
        IsoDecisions.DecidedMessage decided = decisions.decide(body);
        String repeated = String.valueOf(decided.allRepeated());
        if (prefersXml(headers.getAcceptableMediaTypes())) {
            return Response.ok(decided.statusReport(Instant.now()), MediaType.APPLICATION_XML)
                    .header("Idempotent-Replay", repeated).build();
        }
        return Response.ok(decided.toJson(json).toString(), MediaType.APPLICATION_JSON)
                .header("Idempotent-Replay", repeated).build();
    }

    @GET
    @Path("/{decisionId}/status-report")
    @Produces({ MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @Operation(summary = "The current pacs.002 status report of a decision that came as ISO 20022",
            description = "ACCP, PDNG or RJCT (RR04) as the decision answered; for a PDNG transfer whose review has ended, "
                    + "the final status: ACCP when released, RJCT with RR04 when rejected (the same document as the "
                    + "decision.status-report event). It echoes the original MsgId, InstrId, EndToEndId, TxId and UETR.")
    @APIResponse(responseCode = "200", description = "a pacs.002.001.10 FIToFIPaymentStatusReport with one TxInfAndSts",
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "released-after-review", value = """
                            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.002.001.10"><FIToFIPmtStsRpt>
                            <GrpHdr><MsgId>WRDN3f9c0a8e1b2d4c6f8a0b1c2d3e4f</MsgId><CreDtTm>2026-11-20T12:00:00.000Z</CreDtTm></GrpHdr>
                            <OrgnlGrpInfAndSts><OrgnlMsgId>ISO-CBPR-0001</OrgnlMsgId><OrgnlMsgNmId>pacs.008.001.08</OrgnlMsgNmId></OrgnlGrpInfAndSts>
                            <TxInfAndSts><OrgnlInstrId>INSTR-0001</OrgnlInstrId><OrgnlEndToEndId>INV-2026-0815</OrgnlEndToEndId>
                            <OrgnlUETR>8a562c67-ca16-48ba-b074-65581be6f011</OrgnlUETR><TxSts>ACCP</TxSts>
                            <StsRsnInf><AddtlInf>Warden decision 5f0c2a4e-3b8d-4c1e-9f6a-2d7b8e9c0a1b</AddtlInf>
                            <AddtlInf>released after review</AddtlInf></StsRsnInf></TxInfAndSts></FIToFIPmtStsRpt></Document>""")))
    @APIResponse(responseCode = "404", description = "No such decision, or it came as JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response statusReport(@PathParam("decisionId") UUID decisionId) {
        return Response.ok(reports.current(decisionId).orElseThrow(() -> new NotFoundException(
                records.byId(decisionId).isPresent() ? "decision " + decisionId + " came as JSON: a status report is for "
                        + "decisions that came as ISO 20022" : "no decision " + decisionId)),
                MediaType.APPLICATION_XML).build();
    }

    /** XML only when asked for ahead of JSON (the list is in the client's order of preference). */
    private static boolean prefersXml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) return false;
            if (!type.isWildcardType() && (type.isCompatible(MediaType.APPLICATION_XML_TYPE)
                    || type.isCompatible(MediaType.TEXT_XML_TYPE))) return true;
            if (type.isWildcardType()) return false;
        }
        return false;
    }
}
