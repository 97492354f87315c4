package dev.warden.iso20022;

import static dev.warden.testing.Requests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.prowidesoftware.swift.model.mx.MxPacs00200110;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction110;

import dev.warden.testing.Database;
import dev.warden.testing.Decisions;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** ISO 20022 on POST /v1/decisions, over HTTP, on the real rules and PostgreSQL. */
@QuarkusTest
class IsoDecisionsHttpTest {
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    void aCbprPaymentThroughAnIntermediaryIsDecidedAndRecordedWithEveryMappedField() {
        String uetr = UUID.randomUUID().toString();
        String partyId = uniqueId("cust-hansa");
        String body = message("pacs008-cbpr-intermediary.xml", Map.of("msgId", uniqueId("CBPR"), "uetr", uetr,
                "partyId", partyId));

        JsonPath answer = post(body).then().statusCode(200).contentType("application/json")
                .header("Idempotent-Replay", "false").extract().jsonPath();

        assertThat(answer.getString("messageType")).isEqualTo("pacs.008.001.08");
        assertThat(answer.getList("decisions")).hasSize(1);
        assertThat(answer.getString("decisions[0].path")).isEqualTo("/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]");
        assertThat(answer.getString("decisions[0].endToEndId")).isEqualTo("INV-2026-0815");
        assertThat(answer.getString("decisions[0].decision.transactionId")).isEqualTo(uetr);
        assertThat(answer.getBoolean("decisions[0].decision.recorded")).isTrue();
        String decisionId = answer.getString("decisions[0].decision.decisionId");
        given().get("/v1/decisions/" + decisionId).then().statusCode(200);

        JsonNode r = recordedRequest(uetr);
        assertThat(r.path("transactionId").asText()).isEqualTo(uetr);
        assertThat(r.path("occurredAt").asText()).isEqualTo("2026-11-20T10:14:30Z"); // AccptncDtTm first
        assertThat(r.path("type").asText()).isEqualTo("WIRE");
        assertThat(r.path("amount").decimalValue()).isEqualByComparingTo("48250");
        assertThat(r.path("currency").asText()).isEqualTo("USD");
        assertThat(r.path("channel").asText()).isEqualTo("pacs.008.001.08");
        assertThat(r.path("purpose").asText()).isEqualTo("GDDS; Invoice 2026-0815 machine tools");
        JsonNode o = r.path("originator");
        assertThat(o.path("partyId").asText()).isEqualTo(partyId);
        assertThat(o.path("name").asText()).isEqualTo("Hansa Maschinenbau GmbH");
        assertThat(o.path("type").asText()).isEqualTo("COMPANY");
        assertThat(o.path("country").asText()).isEqualTo("DE");
        assertThat(o.path("iban").asText()).isEqualTo(text(recordedAccount(body), "iban"));
        assertThat(o.path("bic").asText()).isEqualTo("DEUTDEFFXXX");
        JsonNode b = r.path("beneficiary");
        assertThat(b.path("name").asText()).isEqualTo("Tash-Kumyr Trade LLC");
        assertThat(b.path("country").asText()).isEqualTo("KG");
        assertThat(b.path("accountId").asText()).isEqualTo("1280016055498321");
        assertThat(b.path("bic").asText()).isEqualTo("KICBKG22XXX");
        // The instructing agent is the debtor's bank and the instructed agent the intermediary: each bank once.
        assertThat(involved(r)).containsExactly(
                "ULTIMATE_ORIGINATOR|Rheinmetall Logistik Holding|null|DE",
                "ULTIMATE_BENEFICIARY|Issyk Kul Machinery|null|KG",
                "INTERMEDIARY_AGENT|JPMorgan Chase Bank|CHASUS33XXX|null");
    }

    @Test
    void aPain001BatchIsOneDecisionPerTransferInOrder() {
        String msgId = uniqueId("PAIN");
        String uetr = UUID.randomUUID().toString();
        String body = message("pain001-batch.xml", Map.of("msgId", msgId, "uetr", uetr, "e2e1", "E2E-1",
                "e2e2", "E2E-2", "e2e3", "E2E-3"));

        JsonPath answer = post(body).then().statusCode(200).extract().jsonPath();

        assertThat(answer.getString("messageId")).isEqualTo(msgId);
        assertThat(answer.getList("decisions.path")).containsExactly(
                "/Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[1]", "/Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[2]",
                "/Document/CstmrCdtTrfInitn/PmtInf[2]/CdtTrfTxInf[1]");
        assertThat(answer.getList("decisions.decision.transactionId")).containsExactly(msgId + ":E2E-1", msgId + ":E2E-2", uetr);
        assertThat(Database.recorded(dataSource, "decisions", msgId)).isEqualTo(2);

        JsonNode first = recordedRequest(msgId + ":E2E-1");
        assertThat(first.path("occurredAt").asText()).isEqualTo("2026-11-22T07:30:00Z"); // GrpHdr/CreDtTm
        assertThat(first.path("type").asText()).isEqualTo("WIRE");
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(first.path("currency").asText()).isEqualTo("EUR");
        assertThat(first.path("originator").path("name").asText()).isEqualTo("Nordwind Handel AG");
        assertThat(first.path("originator").path("iban").asText()).isEqualTo("DE02120300000000202051");
        assertThat(first.path("originator").path("bic").asText()).isEqualTo("BYLADEM1001");
        assertThat(first.path("beneficiary").path("iban").asText()).isEqualTo("FR1420041010050500013M02606");
        assertThat(first.path("purpose").asText()).isEqualTo("Invoice 4471");
        assertThat(involved(first)).containsExactly("FORWARDING_AGENT|null|COBADEFFXXX|null");
        JsonNode second = recordedRequest(msgId + ":E2E-2");
        assertThat(second.path("purpose").asText()).isEqualTo("SUPP");
        assertThat(involved(second)).containsExactly("FORWARDING_AGENT|null|COBADEFFXXX|null",
                "INTERMEDIARY_AGENT|null|IRVTUS3NXXX|null");
        JsonNode sepa = recordedRequest(uetr);
        assertThat(sepa.path("type").asText()).isEqualTo("SEPA");
        assertThat(sepa.path("purpose").asText()).isEqualTo("RF18539007547034");
        assertThat(involved(sepa)).contains("ULTIMATE_BENEFICIARY|Rotterdam Port Storage BV|null|null");
    }

    @Test
    void aSanctionedRussianBankInTheIntermediaryChainBlocksAndThePacs002RejectsWithRr04() {
        String uetr = UUID.randomUUID().toString();
        String msgId = uniqueId("FDN");
        String body = message("pacs008-fednow-russian-intermediary.xml", Map.of("msgId", msgId, "uetr", uetr,
                "debtorAccount", uniqueId("acc"), "creditorAccount", uniqueId("acc")));

        String xml = given().contentType("application/xml").accept("application/xml").body(body).post("/v1/decisions")
                .then().statusCode(200).contentType("application/xml").extract().asString();

        PaymentTransaction110 status = onlyTransaction(xml, msgId);
        assertThat(status.getOrgnlUETR()).isEqualTo(uetr);
        assertThat(status.getOrgnlEndToEndId()).isEqualTo("E2E-RU-77");
        assertThat(status.getTxSts()).isEqualTo("RJCT");
        assertThat(status.getStsRsnInf().get(0).getRsn().getCd()).isEqualTo("RR04");
        assertThat(String.join(" ", status.getStsRsnInf().get(0).getAddtlInf())).contains("SANCTIONS_BIC_EXACT");

        JsonNode decision = recordedResponse(uetr);
        assertThat(decision.path("outcome").asText()).isEqualTo("BLOCK");
        assertThat(decision.path("findings").findValuesAsText("matched")).contains("SABRRUMM");
        assertThat(decision.path("findings").findValuesAsText("role")).contains("AGENT");
    }

    /**
     * SANCTIONS_RU_BANK_BIC_LISTED judges every bank of the transfer by BIC: a sanctioned Russian bank that the watch
     * lists do not carry by BIC (T-Bank) blocks in any agent role, the parties' own banks as before.
     */
    @Test
    void aSanctionedRussianBankBicInAnyAgentRoleBlocksWithTheRussianBankRule() {
        String base = message("pacs008-fednow-russian-intermediary.xml", Map.of("msgId", "unused", "uetr", "unused",
                "debtorAccount", uniqueId("acc"), "creditorAccount", uniqueId("acc"))).replace("SABRRUMMXXX", "BOFAUS3NXXX");
        Map<String, String> roles = new java.util.LinkedHashMap<>();
        roles.put("IntrmyAgt1", "AGENT");
        roles.put("IntrmyAgt2", "AGENT");
        roles.put("IntrmyAgt3", "AGENT");
        roles.put("InstgAgt", "AGENT");
        roles.put("InstdAgt", "AGENT");
        roles.put("DbtrAgt", "ORIGINATOR");
        roles.put("CdtrAgt", "BENEFICIARY");
        roles.forEach((element, role) -> {
            String uetr = UUID.randomUUID().toString();
            String agent = "<" + element + "><FinInstnId><BICFI>TICSRUMMXXX</BICFI></FinInstnId></" + element + ">";
            String body = base.replace("<MsgId>unused<", "<MsgId>" + uniqueId("FDN") + "<").replace("<UETR>unused<",
                    "<UETR>" + uetr + "<");
            body = element.equals("IntrmyAgt3")
                    ? body.replace("</IntrmyAgt2>", "</IntrmyAgt2>" + agent)
                    : body.replaceAll("<" + element + ">.*?</" + element + ">", agent);
            post(body).then().statusCode(200);
            JsonNode decision = recordedResponse(uetr);
            assertThat(decision.path("outcome").asText()).as(element).isEqualTo("BLOCK");
            JsonNode finding = java.util.stream.StreamSupport.stream(decision.path("findings").spliterator(), false)
                    .filter(f -> f.path("ruleId").asText().equals("SANCTIONS_RU_BANK_BIC_LISTED")).findFirst()
                    .orElseThrow(() -> new AssertionError(element + ": no SANCTIONS_RU_BANK_BIC_LISTED in " + decision));
            assertThat(finding.path("evidence").path("role").asText()).as(element).isEqualTo(role);
            assertThat(finding.path("evidence").path("bic").asText()).as(element).isEqualTo("TICSRUMMXXX");
        });
    }

    @Test
    void thePacs002AcceptsAnAllowedTransferAndHoldsOneForReview() {
        String allowedUetr = UUID.randomUUID().toString();
        String allowedMsg = uniqueId("CBPR");
        String customer = uniqueId("cust");
        // A customer with current KYC (the partyId is the debtor's customer number, scheme CUST).
        Decisions.putProfile(customer, Requests.verifiedProfile("Hansa Maschinenbau GmbH"));
        String allowed = given().contentType("application/xml").accept("application/xml")
                .body(message("pacs008-cbpr-intermediary.xml", Map.of("msgId", allowedMsg, "uetr", allowedUetr,
                        "partyId", customer)))
                .post("/v1/decisions").then().statusCode(200).extract().asString();
        assertThat(recordedResponse(allowedUetr).path("outcome").asText()).as(recordedResponse(allowedUetr).toString())
                .isEqualTo("ALLOW");
        PaymentTransaction110 accepted = onlyTransaction(allowed, allowedMsg);
        assertThat(accepted.getTxSts()).isEqualTo("ACCP");
        assertThat(accepted.getOrgnlUETR()).isEqualTo(allowedUetr);
        assertThat(accepted.getOrgnlEndToEndId()).isEqualTo("INV-2026-0815");
        assertThat(accepted.getOrgnlInstrId()).isEqualTo("INSTR-0001");

        // A customer whose KYC expired before the payment: KYC_UNVERIFIED_ABOVE_THRESHOLD holds it for review.
        String reviewUetr = UUID.randomUUID().toString();
        String reviewMsg = uniqueId("CBPR");
        String lapsed = uniqueId("cust");
        Decisions.putProfile(lapsed, Requests.profile("Hansa Maschinenbau GmbH", "VERIFIED", "2024-01-10", "2025-01-10"));
        String review = message("pacs008-cbpr-intermediary.xml", Map.of("msgId", reviewMsg, "uetr", reviewUetr,
                "partyId", lapsed));
        String pending = given().contentType("application/xml").accept("application/xml").body(review)
                .post("/v1/decisions").then().statusCode(200).extract().asString();
        assertThat(recordedResponse(reviewUetr).path("outcome").asText()).as(recordedResponse(reviewUetr).toString())
                .isEqualTo("REVIEW");
        PaymentTransaction110 held = onlyTransaction(pending, reviewMsg);
        assertThat(held.getTxSts()).isEqualTo("PDNG");
        assertThat(String.join(" ", held.getStsRsnInf().get(0).getAddtlInf())).contains("KYC_UNVERIFIED_ABOVE_THRESHOLD");
    }

    @Test
    void theSameMessageAgainIsAnIdempotentRepeatOfEveryDecision() {
        String uetr = UUID.randomUUID().toString();
        String body = message("pacs008-cbpr-intermediary.xml", Map.of("msgId", uniqueId("CBPR"), "uetr", uetr,
                "partyId", uniqueId("cust")));
        JsonPath first = post(body).then().statusCode(200).extract().jsonPath();
        long stored = Database.storedRows(dataSource);

        JsonPath again = post(body).then().statusCode(200).header("Idempotent-Replay", "true").extract().jsonPath();

        assertThat(again.getBoolean("decisions[0].idempotentReplay")).isTrue();
        assertThat(again.getString("decisions[0].decision.decisionId"))
                .isEqualTo(first.getString("decisions[0].decision.decisionId"));
        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
        // Other content under the same UETR is a conflict, as for JSON.
        post(body.replace("48250.00</IntrBkSttlmAmt>", "48251.00</IntrBkSttlmAmt>")).then().statusCode(409);
    }

    @Test
    void badXmlAnUnknownMessageASchemaBreakAndAnEntityAreRefusedNamingThePathAndStoringNothing() {
        long stored = Database.storedRows(dataSource);
        String good = message("pacs008-cbpr-intermediary.xml", Map.of("msgId", uniqueId("CBPR"),
                "uetr", UUID.randomUUID().toString(), "partyId", uniqueId("cust")));

        refused("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf></Document>",
                "/Document/FIToFICstmrCdtTrf", "must be terminated by the matching end-tag");
        refused(good.replace("pacs.008.001.08\">", "camt.053.001.08\">"), "/BizMsgEnvlp/Document",
                "'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08' is not a message Warden decides");
        refused(good.replace("48250.00</IntrBkSttlmAmt>", "48,250.00</IntrBkSttlmAmt>"),
                "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/IntrBkSttlmAmt", "is not a valid value for 'decimal'");
        refused(good.replace("<ChrgBr>SHAR</ChrgBr>", "<ChrgBr>SHAR</ChrgBr><Colour>red</Colour>"),
                "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]/Colour", "Invalid content was found starting with element 'Colour'");
        refused("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08\"><FIToFICstmrCdtTrf>&secret;"
                + "</FIToFICstmrCdtTrf></Document>", "/", "a DOCTYPE is not accepted");
        // Valid against the schema, but a value Warden's own checks refuse, in the second transfer of a batch.
        String msgId = uniqueId("PAIN");
        String batch = message("pain001-batch.xml", Map.of("msgId", msgId, "uetr", UUID.randomUUID().toString(),
                "e2e1", "E2E-1", "e2e2", "E2E-2", "e2e3", "E2E-3")).replace("IRVTUS3NXXX", "irvtus3n");
        refused(batch, "/Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[2]/IntrmyAgt1/FinInstnId/BICFI",
                "not a valid BICFIDec2014Identifier");
        refused(batch.replace("irvtus3n", "IRVTUS3N").replace("<EndToEndId>E2E-2<", "<EndToEndId>E2E-1<"),
                "/Document/CstmrCdtTrfInitn/PmtInf[1]/CdtTrfTxInf[2]/PmtId/EndToEndId", "each transfer needs its own");

        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
        assertThat(Database.recorded(dataSource, "decisions", msgId)).isZero();
    }

    /** The official schema's facets that Prowide's model lacks, and the declared totals, are checked too. */
    @Test
    void lengthsPatternsDigitsAndDeclaredTotalsAreCheckedNamingTheElement() {
        long stored = Database.storedRows(dataSource);
        String msgId = uniqueId("CBPR");
        String good = message("pacs008-cbpr-intermediary.xml", Map.of("msgId", msgId,
                "uetr", UUID.randomUUID().toString(), "partyId", uniqueId("cust")));
        String tx = "/Document/FIToFICstmrCdtTrf/CdtTrfTxInf[1]";

        refused(good.replace("<MsgId>" + msgId + "<", "<MsgId>" + "M".repeat(36) + "<"),
                "/Document/FIToFICstmrCdtTrf/GrpHdr/MsgId", "Max35Text holds 1 to 35 characters; this one has 36");
        refused(good.replace("<EndToEndId>INV-2026-0815<", "<EndToEndId><"), tx + "/PmtId/EndToEndId",
                "Max35Text holds 1 to 35 characters; this one has 0");
        refused(good.replace("<Nm>Hansa Maschinenbau GmbH</Nm>", "<Nm>" + "H".repeat(141) + "</Nm>"), tx + "/Dbtr/Nm",
                "Max140Text holds 1 to 140 characters; this one has 141");
        refused(good.replace("<BICFI>CHASUS33XXX</BICFI><Nm>", "<BICFI>CHASUS33X</BICFI><Nm>"),
                tx + "/IntrmyAgt1/FinInstnId/BICFI", "not a valid BICFIDec2014Identifier");
        refused(good.replace("<DbtrAcct><Id><IBAN>", "<DbtrAcct><Id><IBAN>de"), tx + "/DbtrAcct/Id/IBAN",
                "not a valid IBAN2007Identifier");
        refused(good.replace("<Id>1280016055498321</Id>", "<Id>" + "1".repeat(35) + "</Id>"), tx + "/CdtrAcct/Id/Othr/Id",
                "Max34Text holds 1 to 34 characters; this one has 35");
        refused(good.replace("<UETR>", "<UETR>X"), tx + "/PmtId/UETR", "not a valid UUIDv4Identifier");
        refused(good.replace("48250.00</IntrBkSttlmAmt>", "48250.000001</IntrBkSttlmAmt>"), tx + "/IntrBkSttlmAmt",
                "at most 5 decimals; this one has 6");
        refused(good.replace("<IntrBkSttlmAmt Ccy=\"USD\">", "<IntrBkSttlmAmt Ccy=\"usd\">"), tx + "/IntrBkSttlmAmt/@Ccy",
                "not a valid ActiveOrHistoricCurrencyCode");
        refused(good.replace("<NbOfTxs>1</NbOfTxs>", "<NbOfTxs>2</NbOfTxs>"), "/Document/FIToFICstmrCdtTrf/GrpHdr/NbOfTxs",
                "says 2 transactions; the message holds 1 CdtTrfTxInf");
        refused(good.replace("<NbOfTxs>1</NbOfTxs>", "<NbOfTxs>1</NbOfTxs><CtrlSum>48250.01</CtrlSum>"),
                "/Document/FIToFICstmrCdtTrf/GrpHdr/CtrlSum", "says 48250.01; the amounts of the transfers add up to 48250.00");

        String batch = message("pain001-batch.xml", Map.of("msgId", uniqueId("PAIN"), "uetr", UUID.randomUUID().toString(),
                "e2e1", "E2E-1", "e2e2", "E2E-2", "e2e3", "E2E-3"));
        refused(batch.replace("<CtrlSum>7300.00</CtrlSum>", "<CtrlSum>7300.50</CtrlSum>"),
                "/Document/CstmrCdtTrfInitn/GrpHdr/CtrlSum", "the amounts of the transfers add up to 7300.00");
        refused(batch.replace("<NbOfTxs>3</NbOfTxs>", "<NbOfTxs>4</NbOfTxs>"), "/Document/CstmrCdtTrfInitn/GrpHdr/NbOfTxs",
                "says 4 transactions; the message holds 3 CdtTrfTxInf");

        assertThat(Database.storedRows(dataSource)).isEqualTo(stored);
        assertThat(Database.recorded(dataSource, "decisions", msgId)).isZero();
    }

    private static void refused(String body, String path, String reason) {
        JsonPath problem = post(body).then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.field")).as(problem.prettify()).contains(path);
        assertThat(problem.getString("errors.find { it.field == '" + path + "' }.reason")).as(problem.prettify())
                .contains(reason);
    }

    private static Response post(String body) {
        return given().contentType("application/xml").body(body).post("/v1/decisions");
    }

    private static PaymentTransaction110 onlyTransaction(String pacs002, String originalMessageId) {
        return IsoMessages.onlyTransaction(pacs002, originalMessageId);
    }

    private static List<String> involved(JsonNode request) {
        return java.util.stream.StreamSupport.stream(request.path("involved").spliterator(), false)
                .map(p -> p.path("role").asText() + "|" + text(p, "name") + "|" + text(p, "bic") + "|" + text(p, "country"))
                .toList();
    }

    /** The debtor's IBAN as the message gave it. */
    private static JsonNode recordedAccount(String body) {
        String iban = body.substring(body.indexOf("<DbtrAcct><Id><IBAN>") + 20, body.indexOf("</IBAN></Id></DbtrAcct>"));
        return new ObjectMapper().createObjectNode().put("iban", iban);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "null";
    }

    private JsonNode recordedRequest(String transactionId) {
        return recorded("request", transactionId);
    }

    private JsonNode recordedResponse(String transactionId) {
        return recorded("response", transactionId);
    }

    private JsonNode recorded(String column, String transactionId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + column + "::text FROM decisions WHERE transaction_id = ?")) {
            s.setString(1, transactionId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("a decision recorded for " + transactionId).isTrue();
                return json.readTree(rs.getString(1));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(String file, Map<String, String> values) {
        return IsoMessages.filled(file, values);
    }
}
