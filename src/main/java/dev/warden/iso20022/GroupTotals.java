package dev.warden.iso20022;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction39;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;

/**
 * The totals a message declares against the transfers it holds: {@code NbOfTxs} (the number of CdtTrfTxInf),
 * {@code CtrlSum} when given (the sum of their amounts, whatever the currencies, as the standard defines it), and for
 * pacs.008 {@code TtlIntrBkSttlmAmt} when given (the sum of the settlement amounts, all in its currency). For
 * pain.001 the group header counts every PmtInf's transfers and each PmtInf its own.
 */
final class GroupTotals {
    private GroupTotals() {
    }

    static List<MessageProblem> of(MessageReader.Message message) {
        return switch (message.type()) {
            case PACS_008_001_08 -> pacs008((MxPacs00800108) message.model());
            case PAIN_001_001_09 -> pain001((MxPain00100109) message.model());
        };
    }

    private static List<MessageProblem> pacs008(MxPacs00800108 message) {
        String header = "/Document/FIToFICstmrCdtTrf/GrpHdr";
        var transfer = message.getFIToFICstmrCdtTrf();
        List<CreditTransferTransaction39> transactions = transfer.getCdtTrfTxInf();
        List<BigDecimal> amounts = transactions.stream().map(t -> t.getIntrBkSttlmAmt().getValue()).toList();
        List<MessageProblem> problems = new ArrayList<>();
        count(header, transfer.getGrpHdr().getNbOfTxs(), transactions.size(), problems);
        sum(header + "/CtrlSum", transfer.getGrpHdr().getCtrlSum(), amounts, problems);
        var total = transfer.getGrpHdr().getTtlIntrBkSttlmAmt();
        if (total != null) {
            for (int i = 0; i < transactions.size(); i++) {
                String currency = transactions.get(i).getIntrBkSttlmAmt().getCcy();
                if (!total.getCcy().equals(currency)) {
                    problems.add(new MessageProblem(header + "/TtlIntrBkSttlmAmt", "is in " + total.getCcy()
                            + ", the settlement amount of CdtTrfTxInf[" + (i + 1) + "] in " + currency
                            + ": a total needs every transfer in its currency"));
                    return problems;
                }
            }
            sum(header + "/TtlIntrBkSttlmAmt", total.getValue(), amounts, problems);
        }
        return problems;
    }

    private static List<MessageProblem> pain001(MxPain00100109 message) {
        String root = "/Document/CstmrCdtTrfInitn";
        var initiation = message.getCstmrCdtTrfInitn();
        List<MessageProblem> problems = new ArrayList<>();
        List<BigDecimal> all = new ArrayList<>();
        for (int p = 0; p < initiation.getPmtInf().size(); p++) {
            PaymentInstruction30 payment = initiation.getPmtInf().get(p);
            List<BigDecimal> amounts = payment.getCdtTrfTxInf().stream().map(GroupTotals::instructed).toList();
            String at = root + "/" + ElementPath.step("PmtInf", p + 1);
            count(at, payment.getNbOfTxs(), amounts.size(), problems);
            sum(at + "/CtrlSum", payment.getCtrlSum(), amounts, problems);
            all.addAll(amounts);
        }
        count(root + "/GrpHdr", initiation.getGrpHdr().getNbOfTxs(), all.size(), problems);
        sum(root + "/GrpHdr/CtrlSum", initiation.getGrpHdr().getCtrlSum(), all, problems);
        return problems;
    }

    /** The instructed amount, else the equivalent amount (the schema gives one of the two). */
    private static BigDecimal instructed(CreditTransferTransaction34 tx) {
        if (tx.getAmt().getInstdAmt() != null) return tx.getAmt().getInstdAmt().getValue();
        return tx.getAmt().getEqvtAmt() != null && tx.getAmt().getEqvtAmt().getAmt() != null
                ? tx.getAmt().getEqvtAmt().getAmt().getValue() : BigDecimal.ZERO;
    }

    private static void count(String parent, String declared, int present, List<MessageProblem> problems) {
        if (declared == null) return;
        // The schema's Max15NumericText pattern holds it to digits (SchemaFacets), so it parses.
        if (new BigDecimal(declared).compareTo(BigDecimal.valueOf(present)) != 0) {
            problems.add(new MessageProblem(parent + "/NbOfTxs", "says " + declared + " transactions; "
                    + (parent.endsWith("GrpHdr") ? "the message holds " : "this PmtInf holds ") + present + " CdtTrfTxInf"));
        }
    }

    private static void sum(String at, BigDecimal declared, List<BigDecimal> amounts, List<MessageProblem> problems) {
        if (declared == null) return;
        BigDecimal sum = amounts.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (declared.compareTo(sum) != 0) {
            problems.add(new MessageProblem(at, "says " + declared.toPlainString() + "; the amounts of the transfers add up to "
                    + sum.toPlainString()));
        }
    }
}
