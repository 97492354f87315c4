package dev.warden.iso20022;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;

import dev.warden.engine.InvolvedParty.Role;
import dev.warden.engine.PartyRequest;

/**
 * pain.001.001.09 to decision requests, one per CdtTrfTxInf of every PmtInf, in the order of the message. The
 * debtor, its account, its bank and the ultimate debtor are the payment information's unless the transfer names an
 * ultimate debtor of its own.
 */
final class Pain001Mapping {
    private static final String ROOT = "/Document/CstmrCdtTrfInitn";

    private Pain001Mapping() {
    }

    static MappedMessage map(MxPain00100109 message) {
        CustomerCreditTransferInitiationV09 initiation = message.getCstmrCdtTrfInitn();
        GroupHeader85 header = initiation.getGrpHdr();
        List<MappedTransaction> mapped = new ArrayList<>();
        for (int p = 0; p < initiation.getPmtInf().size(); p++) {
            PaymentInstruction30 payment = initiation.getPmtInf().get(p);
            String paymentPath = ROOT + "/" + ElementPath.step("PmtInf", p + 1);
            for (int t = 0; t < payment.getCdtTrfTxInf().size(); t++) {
                mapped.add(transaction(header, payment, payment.getCdtTrfTxInf().get(t), paymentPath,
                        paymentPath + "/" + ElementPath.step("CdtTrfTxInf", t + 1)));
            }
        }
        return new MappedMessage(MessageType.PAIN_001_001_09, header.getMsgId(), mapped);
    }

    private static MappedTransaction transaction(GroupHeader85 header, PaymentInstruction30 payment,
            CreditTransferTransaction34 tx, String paymentPath, String path) {
        Draft d = new Draft(path);
        var id = tx.getPmtId();
        String transactionId = d.transactionId(header.getMsgId(), id.getEndToEndId(), id.getUETR(), "PmtId");
        PartyRequest originator = d.party("originator", payment.getDbtr(), paymentPath + "/Dbtr", payment.getDbtrAcct(),
                paymentPath + "/DbtrAcct", payment.getDbtrAgt(), paymentPath + "/DbtrAgt");
        PartyRequest beneficiary = d.party("beneficiary", tx.getCdtr(), "Cdtr", tx.getCdtrAcct(), "CdtrAcct",
                tx.getCdtrAgt(), "CdtrAgt");
        if (tx.getUltmtDbtr() != null) d.ultimate(Role.ULTIMATE_ORIGINATOR, tx.getUltmtDbtr(), "UltmtDbtr");
        else d.ultimate(Role.ULTIMATE_ORIGINATOR, payment.getUltmtDbtr(), paymentPath + "/UltmtDbtr");
        d.ultimate(Role.ULTIMATE_BENEFICIARY, tx.getUltmtCdtr(), "UltmtCdtr");
        d.agent(Role.FORWARDING_AGENT, header.getFwdgAgt(), ROOT + "/GrpHdr/FwdgAgt");
        d.agent(Role.INTERMEDIARY_AGENT, tx.getIntrmyAgt1(), "IntrmyAgt1");
        d.agent(Role.INTERMEDIARY_AGENT, tx.getIntrmyAgt2(), "IntrmyAgt2");
        d.agent(Role.INTERMEDIARY_AGENT, tx.getIntrmyAgt3(), "IntrmyAgt3");
        BigDecimal amount = null;
        String currency = null;
        if (tx.getAmt().getInstdAmt() != null) {
            amount = d.from("amount", "Amt/InstdAmt", tx.getAmt().getInstdAmt().getValue());
            currency = d.from("currency", "Amt/InstdAmt", tx.getAmt().getInstdAmt().getCcy());
        } else if (tx.getAmt().getEqvtAmt() != null && tx.getAmt().getEqvtAmt().getAmt() != null) {
            amount = d.from("amount", "Amt/EqvtAmt/Amt", tx.getAmt().getEqvtAmt().getAmt().getValue());
            currency = d.from("currency", "Amt/EqvtAmt/Amt", tx.getAmt().getEqvtAmt().getAmt().getCcy());
        }
        List<ServiceLevel8Choice> levels = new ArrayList<>();
        if (payment.getPmtTpInf() != null) levels.addAll(payment.getPmtTpInf().getSvcLvl());
        if (tx.getPmtTpInf() != null) levels.addAll(tx.getPmtTpInf().getSvcLvl());
        // The customer's instruction is dated by its creation: the requested execution date is a wish, often ahead.
        Instant occurredAt = d.from("occurredAt", ROOT + "/GrpHdr/CreDtTm", Draft.instant(header.getCreDtTm()));
        return new MappedTransaction(path, d.request(transactionId, occurredAt, Draft.typeOf(levels), amount, currency,
                originator, beneficiary, MessageType.PAIN_001_001_09.id(), d.purpose(tx.getPurp(), tx.getRmtInf())),
                new MappedTransaction.PaymentIds(id.getInstrId(), id.getEndToEndId(), null, id.getUETR()), d.sources);
    }
}
