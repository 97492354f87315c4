package dev.warden.iso20022;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;

import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericOrganisationIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericPersonIdentification1;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.Purpose2Choice;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import com.prowidesoftware.swift.model.mx.dic.StructuredRemittanceInformation16;

import dev.warden.engine.DecisionRequest;
import dev.warden.engine.InvolvedParty;
import dev.warden.engine.PartyRequest;
import dev.warden.facts.PartyType;
import dev.warden.facts.TransactionType;

/**
 * One credit transfer being mapped: what pacs.008 and pain.001 share (parties, accounts, agents, purpose and
 * remittance information, the same ISO 20022 components in both), each value noted with the element it came from.
 */
final class Draft {
    /** The scheme code of a customer number (ISO external code list, Organisation and Person identification). */
    static final String CUSTOMER_NUMBER = "CUST";
    static final int MAX_PURPOSE = 500;

    final String path;
    final Map<String, String> sources = new LinkedHashMap<>();
    private final List<InvolvedParty> involved = new ArrayList<>();
    /** BICs (first eight letters) and names already screened for this transfer: one hit per bank, not one per role. */
    private final Set<String> screened = new LinkedHashSet<>();

    Draft(String path) {
        this.path = path;
    }

    /** Notes where a field came from; {@code element} is relative to the transfer, or absolute from "/". */
    <T> T from(String field, String element, T value) {
        if (value != null) sources.put(field, element.startsWith("/") ? element : path + "/" + element);
        return value;
    }

    PartyRequest party(String field, PartyIdentification135 party, String partyElement, CashAccount38 account,
            String accountElement, BranchAndFinancialInstitutionIdentification6 agent, String agentElement) {
        String partyId = null, name = null, country = null;
        PartyType type = null;
        from(field, party != null ? partyElement : agentElement, party != null ? party : agent);
        if (party != null) {
            partyId = from(field + ".partyId", partyElement + "/Id", customerNumber(party));
            name = from(field + ".name", partyElement + "/Nm", party.getNm());
            country = party.getPstlAdr() != null && party.getPstlAdr().getCtry() != null
                    ? from(field + ".country", partyElement + "/PstlAdr/Ctry", party.getPstlAdr().getCtry())
                    : from(field + ".country", partyElement + "/CtryOfRes", party.getCtryOfRes());
            type = typeOf(party);
        }
        String iban = null, accountId = null;
        if (account != null && account.getId() != null) {
            iban = from(field + ".iban", accountElement + "/Id/IBAN", account.getId().getIBAN());
            if (account.getId().getOthr() != null) {
                accountId = from(field + ".accountId", accountElement + "/Id/Othr/Id", account.getId().getOthr().getId());
            }
        }
        String bic = agent == null || agent.getFinInstnId() == null ? null
                : from(field + ".bic", agentElement + "/FinInstnId/BICFI", agent.getFinInstnId().getBICFI());
        remember(bic, null);
        return new PartyRequest(partyId, name, type, country, accountId, iban, bic, null, null, null);
    }

    /** A bank the transfer passes through: screened by BIC and name, unless an earlier role named the same bank. */
    void agent(InvolvedParty.Role role, BranchAndFinancialInstitutionIdentification6 agent, String element) {
        if (agent == null || agent.getFinInstnId() == null) return;
        FinancialInstitutionIdentification18 id = agent.getFinInstnId();
        if (id.getBICFI() == null && id.getNm() == null) return;
        if (!remember(id.getBICFI(), id.getNm())) return;
        String field = "involved[" + involved.size() + "]";
        from(field, element, id);
        from(field + ".bic", element + "/FinInstnId/BICFI", id.getBICFI());
        from(field + ".name", element + "/FinInstnId/Nm", id.getNm());
        String country = id.getPstlAdr() == null ? null
                : from(field + ".country", element + "/FinInstnId/PstlAdr/Ctry", id.getPstlAdr().getCtry());
        involved.add(new InvolvedParty(role, id.getNm(), PartyType.FINANCIAL_INSTITUTION, id.getBICFI(), country));
    }

    /** The ultimate originator or beneficiary: screened by name, BIC (AnyBIC) and country. */
    void ultimate(InvolvedParty.Role role, PartyIdentification135 party, String element) {
        if (party == null) return;
        String bic = party.getId() != null && party.getId().getOrgId() != null ? party.getId().getOrgId().getAnyBIC() : null;
        if (party.getNm() == null && bic == null) return;
        String field = "involved[" + involved.size() + "]";
        from(field, element, party);
        from(field + ".name", element + "/Nm", party.getNm());
        from(field + ".bic", element + "/Id/OrgId/AnyBIC", bic);
        String country = party.getPstlAdr() != null && party.getPstlAdr().getCtry() != null
                ? from(field + ".country", element + "/PstlAdr/Ctry", party.getPstlAdr().getCtry())
                : from(field + ".country", element + "/CtryOfRes", party.getCtryOfRes());
        involved.add(new InvolvedParty(role, party.getNm(), typeOf(party), bic, country));
    }

    List<InvolvedParty> involved() {
        return involved.isEmpty() ? null : List.copyOf(involved);
    }

    /**
     * The purpose code, then every line of unstructured remittance information and every creditor reference, joined
     * by "; " and cut at {@value #MAX_PURPOSE} characters (what a decision's purpose holds).
     */
    String purpose(Purpose2Choice purpose, RemittanceInformation16 remittance) {
        List<String> parts = new ArrayList<>();
        if (purpose != null) {
            String code = purpose.getCd() != null ? purpose.getCd() : purpose.getPrtry();
            if (code != null) parts.add(from("purpose", "Purp", code));
        }
        if (remittance != null) {
            parts.addAll(remittance.getUstrd());
            for (StructuredRemittanceInformation16 s : remittance.getStrd()) {
                if (s.getCdtrRefInf() != null && s.getCdtrRefInf().getRef() != null) parts.add(s.getCdtrRefInf().getRef());
                parts.addAll(s.getAddtlRmtInf());
            }
            if (!parts.isEmpty()) sources.putIfAbsent("purpose", path + "/RmtInf");
        }
        if (parts.isEmpty()) return null;
        String text = String.join("; ", parts);
        return text.length() > MAX_PURPOSE ? text.substring(0, MAX_PURPOSE) : text;
    }

    /** SEPA when the service level says so; every other credit transfer is a wire. */
    static TransactionType typeOf(List<ServiceLevel8Choice> serviceLevels) {
        for (ServiceLevel8Choice level : serviceLevels) {
            if ("SEPA".equals(level.getCd())) return TransactionType.SEPA;
        }
        return TransactionType.WIRE;
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * The transactionId: the UETR when there is one (unique across every system it passes), else the message id and
     * the end-to-end id joined by a colon.
     */
    String transactionId(String messageId, String endToEndId, String uetr, String identificationElement) {
        if (uetr != null) return from("transactionId", identificationElement + "/UETR", uetr.toLowerCase(java.util.Locale.ROOT));
        return from("transactionId", identificationElement + "/EndToEndId", messageId + ":" + endToEndId);
    }

    DecisionRequest request(String transactionId, Instant occurredAt, TransactionType type, BigDecimal amount,
            String currency, PartyRequest originator, PartyRequest beneficiary, String channel, String purpose) {
        return new DecisionRequest(transactionId, occurredAt, type, amount, currency, originator, beneficiary, channel,
                purpose, null, involved());
    }

    private boolean remember(String bic, String name) {
        String key = bic != null && bic.length() >= 8 ? "BIC:" + bic.substring(0, 8) : name != null ? "NAME:" + name : null;
        return key == null || screened.add(key);
    }

    private static PartyType typeOf(PartyIdentification135 party) {
        if (party.getId() == null) return null;
        if (party.getId().getOrgId() != null) return PartyType.COMPANY;
        return party.getId().getPrvtId() != null ? PartyType.INDIVIDUAL : null;
    }

    /** The party's customer number (scheme CUST), which is Warden's partyId: its KYC profile applies. */
    private static String customerNumber(PartyIdentification135 party) {
        if (party.getId() == null) return null;
        if (party.getId().getOrgId() != null) {
            for (GenericOrganisationIdentification1 other : party.getId().getOrgId().getOthr()) {
                if (other.getSchmeNm() != null && CUSTOMER_NUMBER.equals(other.getSchmeNm().getCd())) return other.getId();
            }
        }
        if (party.getId().getPrvtId() != null) {
            for (GenericPersonIdentification1 other : party.getId().getPrvtId().getOthr()) {
                if (other.getSchmeNm() != null && CUSTOMER_NUMBER.equals(other.getSchmeNm().getCd())) return other.getId();
            }
        }
        return null;
    }
}
