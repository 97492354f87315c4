package dev.warden.iso20022;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;

import com.prowidesoftware.swift.model.mx.MxPacs00200110;
import com.prowidesoftware.swift.model.mx.dic.FIToFIPaymentStatusReportV10;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader91;
import com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17;
import com.prowidesoftware.swift.model.mx.dic.PaymentTransaction110;
import com.prowidesoftware.swift.model.mx.dic.StatusReason6Choice;
import com.prowidesoftware.swift.model.mx.dic.StatusReasonInformation12;

import dev.warden.engine.Outcome;

/**
 * pacs.002.001.10 FIToFIPaymentStatusReport for credit transfers Warden decided: one TxInfAndSts per transfer,
 * quoting its original message id, end-to-end id, transaction id and UETR. A decision answers ACCP (ALLOW), PDNG
 * (REVIEW) or RJCT (BLOCK, reason RR04 and the rule ids); the end of the review of a PDNG transfer is a report of
 * its own ({@link TransactionStatus#afterReview}: ACCP when released, RJCT with RR04 when rejected).
 */
public final class StatusReport {
    /** ISO 20022 external status reason code: a regulatory reason (sanctions, AML). */
    public static final String REGULATORY_REASON = "RR04";
    /** Every report's MsgId: these four letters, then 28 hex characters. */
    static final String REPORT_ID_PREFIX = "WRDN";
    /** An AddtlInf element holds at most 105 characters. */
    static final int MAX_ADDITIONAL_INFO = 105;

    private StatusReport() {
    }

    /** What an officer decided about a transfer held for review. */
    public enum Resolution { RELEASE, REJECT }

    /** One transfer's status in the report. */
    public record TransactionStatus(MappedTransaction.PaymentIds ids, String status, String reasonCode,
            List<String> additionalInfo) {

        /** The status a decision gives: ACCP, PDNG or RJCT with RR04 and the rules that blocked it. */
        public static TransactionStatus ofDecision(MappedTransaction.PaymentIds ids, Outcome outcome, String decisionId,
                List<String> ruleIds) {
            return switch (outcome) {
                case ALLOW -> new TransactionStatus(ids, "ACCP", null, List.of());
                case REVIEW -> new TransactionStatus(ids, "PDNG", null, info(decisionId, ruleIds));
                case BLOCK -> new TransactionStatus(ids, "RJCT", REGULATORY_REASON, info(decisionId, ruleIds));
            };
        }

        /**
         * The final status of a transfer held for review. Released: ACCP, what an ALLOW answers at once (Warden
         * checks, it does not settle: ACSC would say the debtor's account was debited, which only the payment system
         * knows). Rejected: RJCT with RR04, as a BLOCK (the reason is regulatory; FRAD would assert fraud, RR01 to
         * RR03 missing regulatory data, neither of which a review concludes).
         */
        public static TransactionStatus afterReview(MappedTransaction.PaymentIds ids, Resolution resolution,
                String decisionId) {
            return resolution == Resolution.RELEASE
                    ? new TransactionStatus(ids, "ACCP", null, List.of("Warden decision " + decisionId, "released after review"))
                    : new TransactionStatus(ids, "RJCT", REGULATORY_REASON,
                            List.of("Warden decision " + decisionId, "rejected after review"));
        }
    }

    /** The report on {@code statuses}, transfers of the message {@code originalMessageId} of {@code originalType}. */
    public static String write(String originalMessageId, MessageType originalType, List<TransactionStatus> statuses,
            Instant createdAt) {
        return write(REPORT_ID_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 28), originalMessageId,
                originalType, statuses, createdAt);
    }

    /**
     * The report on one decided transfer. Its MsgId and CreDtTm follow from the decision, the status and the time
     * the status was reached, so the same status reported twice (in an event, then on GET) is the same document.
     */
    public static String of(IsoPayment payment, TransactionStatus status, Instant reachedAt) {
        String reportId = REPORT_ID_PREFIX + DigestUtils.sha256Hex(payment.decisionId() + ":" + status.status())
                .substring(0, 28);
        return write(reportId, payment.messageId(), payment.messageType(), List.of(status),
                reachedAt.truncatedTo(ChronoUnit.MILLIS));
    }

    private static String write(String reportId, String originalMessageId, MessageType originalType,
            List<TransactionStatus> statuses, Instant createdAt) {
        GroupHeader91 header = new GroupHeader91().setMsgId(reportId).setCreDtTm(createdAt.atOffset(ZoneOffset.UTC));
        FIToFIPaymentStatusReportV10 report = new FIToFIPaymentStatusReportV10().setGrpHdr(header)
                .addOrgnlGrpInfAndSts(new OriginalGroupHeader17().setOrgnlMsgId(originalMessageId)
                        .setOrgnlMsgNmId(originalType.id()));
        for (TransactionStatus s : statuses) {
            PaymentTransaction110 tx = new PaymentTransaction110().setOrgnlInstrId(s.ids().instructionId())
                    .setOrgnlEndToEndId(s.ids().endToEndId()).setOrgnlTxId(s.ids().transactionId())
                    .setOrgnlUETR(s.ids().uetr()).setTxSts(s.status());
            if (s.reasonCode() != null || !s.additionalInfo().isEmpty()) {
                StatusReasonInformation12 reason = new StatusReasonInformation12();
                if (s.reasonCode() != null) reason.setRsn(new StatusReason6Choice().setCd(s.reasonCode()));
                s.additionalInfo().forEach(reason::addAddtlInf);
                tx.addStsRsnInf(reason);
            }
            report.addTxInfAndSts(tx);
        }
        return new MxPacs00200110().setFIToFIPmtStsRpt(report).message();
    }

    /** The decision id, then the rule ids, each line within what AddtlInf holds. */
    static List<String> info(String decisionId, List<String> ruleIds) {
        List<String> lines = new ArrayList<>();
        lines.add("Warden decision " + decisionId);
        StringBuilder line = new StringBuilder();
        for (String rule : ruleIds) {
            String next = line.isEmpty() ? "rules: " + rule : line + ", " + rule;
            if (next.length() > MAX_ADDITIONAL_INFO && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder("rules: " + rule);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) lines.add(line.length() > MAX_ADDITIONAL_INFO ? line.substring(0, MAX_ADDITIONAL_INFO) : line.toString());
        return lines;
    }
}
