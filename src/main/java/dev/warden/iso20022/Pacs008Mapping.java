package dev.warden.iso20022;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.prowidesoftware.swift.model.mx.MxPacs00800108;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction39;
import com.prowidesoftware.swift.model.mx.dic.FIToFICustomerCreditTransferV08;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader93;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;

import dev.warden.engine.InvolvedParty.Role;
import dev.warden.engine.PartyRequest;

/** pacs.008.001.08 to decision requests, one per CdtTrfTxInf; docs/iso20022.md has the table. */
final class Pacs008Mapping {
    private static final String ROOT = "/Document/FIToFICstmrCdtTrf";

    private Pacs008Mapping() {
    }

    static MappedMessage map(MxPacs00800108 message) {
        FIToFICustomerCreditTransferV08 transfer = message.getFIToFICstmrCdtTrf();
        GroupHeader93 header = transfer.getGrpHdr();
        List<MappedTransaction> mapped = new ArrayList<>();
        List<CreditTransferTransaction39> transactions = transfer.getCdtTrfTxInf();
        for (int i = 0; i < transactions.size(); i++) {
            mapped.add(transaction(header, transactions.get(i), ROOT + "/" + ElementPath.step("CdtTrfTxInf", i + 1)));
        }
        return new MappedMessage(MessageType.PACS_008_001_08, header.getMsgId(), mapped);
    }

    private static MappedTransaction transaction(GroupHeader93 header, CreditTransferTransaction39 tx, String path) {
        Draft d = new Draft(path);
        var id = tx.getPmtId();
        String transactionId = d.transactionId(header.getMsgId(), id.getEndToEndId(), id.getUETR(), "PmtId");
        PartyRequest originator = d.party("originator", tx.getDbtr(), "Dbtr", tx.getDbtrAcct(), "DbtrAcct",
                tx.getDbtrAgt(), "DbtrAgt");
        PartyRequest beneficiary = d.party("beneficiary", tx.getCdtr(), "Cdtr", tx.getCdtrAcct(), "CdtrAcct",
                tx.getCdtrAgt(), "CdtrAgt");
        d.ultimate(Role.ULTIMATE_ORIGINATOR, tx.getUltmtDbtr(), "UltmtDbtr");
        d.ultimate(Role.ULTIMATE_BENEFICIARY, tx.getUltmtCdtr(), "UltmtCdtr");
        // In the order the payment travels: who sent it on, then the banks between the debtor's and creditor's.
        d.agent(Role.PREVIOUS_INSTRUCTING_AGENT, tx.getPrvsInstgAgt1(), "PrvsInstgAgt1");
        d.agent(Role.PREVIOUS_INSTRUCTING_AGENT, tx.getPrvsInstgAgt2(), "PrvsInstgAgt2");
        d.agent(Role.PREVIOUS_INSTRUCTING_AGENT, tx.getPrvsInstgAgt3(), "PrvsInstgAgt3");
        d.agent(Role.INSTRUCTING_AGENT, tx.getInstgAgt() != null ? tx.getInstgAgt() : header.getInstgAgt(),
                tx.getInstgAgt() != null ? "InstgAgt" : ROOT + "/GrpHdr/InstgAgt");
        d.agent(Role.INTERMEDIARY_AGENT, tx.getIntrmyAgt1(), "IntrmyAgt1");
        d.agent(Role.INTERMEDIARY_AGENT, tx.getIntrmyAgt2(), "IntrmyAgt2");
        d.agent(Role.INTERMEDIARY_AGENT, tx.getIntrmyAgt3(), "IntrmyAgt3");
        d.agent(Role.INSTRUCTED_AGENT, tx.getInstdAgt() != null ? tx.getInstdAgt() : header.getInstdAgt(),
                tx.getInstdAgt() != null ? "InstdAgt" : ROOT + "/GrpHdr/InstdAgt");
        var amount = tx.getIntrBkSttlmAmt();
        d.from("amount", "IntrBkSttlmAmt", amount.getValue());
        d.from("currency", "IntrBkSttlmAmt", amount.getCcy());
        List<ServiceLevel8Choice> levels = new ArrayList<>();
        if (header.getPmtTpInf() != null) levels.addAll(header.getPmtTpInf().getSvcLvl());
        if (tx.getPmtTpInf() != null) levels.addAll(tx.getPmtTpInf().getSvcLvl());
        return new MappedTransaction(path, d.request(transactionId, occurredAt(d, header, tx), Draft.typeOf(levels),
                amount.getValue(), amount.getCcy(), originator, beneficiary, MessageType.PACS_008_001_08.id(),
                d.purpose(tx.getPurp(), tx.getRmtInf())),
                new MappedTransaction.PaymentIds(id.getInstrId(), id.getEndToEndId(), id.getTxId(), id.getUETR()),
                d.sources);
    }

    /** Acceptance by the debtor's bank, else the debit or credit time of settlement, else the message's creation. */
    private static Instant occurredAt(Draft d, GroupHeader93 header, CreditTransferTransaction39 tx) {
        if (tx.getAccptncDtTm() != null) return d.from("occurredAt", "AccptncDtTm", Draft.instant(tx.getAccptncDtTm()));
        var settlement = tx.getSttlmTmIndctn();
        if (settlement != null && settlement.getDbtDtTm() != null) {
            return d.from("occurredAt", "SttlmTmIndctn/DbtDtTm", Draft.instant(settlement.getDbtDtTm()));
        }
        if (settlement != null && settlement.getCdtDtTm() != null) {
            return d.from("occurredAt", "SttlmTmIndctn/CdtDtTm", Draft.instant(settlement.getCdtDtTm()));
        }
        return d.from("occurredAt", ROOT + "/GrpHdr/CreDtTm", Draft.instant(header.getCreDtTm()));
    }
}
