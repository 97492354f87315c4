package dev.warden.review.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.warden.facts.AccountKeys;
import dev.warden.facts.Category;
import dev.warden.facts.Severity;
import dev.warden.facts.TransactionType;
import dev.warden.reporting.HoldingInstitution;
import dev.warden.reporting.ReportAccount;
import dev.warden.reporting.ReportFinding;
import dev.warden.reporting.ReportSubject;
import dev.warden.reporting.ReportTransaction;
import dev.warden.reporting.ReportedActivity;
import dev.warden.reporting.SuspiciousActivityReport;
import dev.warden.review.CaseFile;

/**
 * The neutral report of a case file (docs/reporting.md, "From a case to the report"): the subjects from the KYC
 * profiles and, for counterparties without one, from the decisions' requests; their bank accounts; every alert's
 * transaction; the findings and the activities they support; the period from the first to the last transaction
 * (UTC days); the officer's narrative; who proposed and who approved. What the case lacks is left empty for the
 * writer to refuse, naming the field.
 */
final class CaseReportDraft {
    private final ObjectMapper json;

    CaseReportDraft(ObjectMapper json) {
        this.json = json;
    }

    SuspiciousActivityReport of(CaseFile file, String reportId) {
        Subjects subjects = new Subjects();
        for (Map<String, Object> profile : file.subjects()) subjects.profile(profile);
        List<ReportTransaction> transactions = new ArrayList<>();
        List<ReportFinding> findings = new ArrayList<>();
        Set<ReportedActivity> activities = new LinkedHashSet<>();
        for (CaseFile.AlertFile alert : file.alerts()) {
            JsonNode request = read(alert.decisionRequestJson());
            subjects.party(request.path("originator"));
            subjects.party(request.path("beneficiary"));
            if (alert.transaction() != null) transactions.add(transaction(alert.transaction()));
            for (ReportFinding finding : findings(alert)) {
                findings.add(finding);
                ActivityCategories.of(finding.category(), finding.ruleId()).ifPresent(activities::add);
            }
        }
        transactions.sort(Comparator.comparing(ReportTransaction::occurredAt));
        SuspiciousActivityReport.Builder report = SuspiciousActivityReport.builder(reportId)
                .filingDate(day(file.approvedAt()))
                .narrative(file.narrative()).preparedBy(file.proposedBy()).approvedBy(file.approvedBy());
        if (!transactions.isEmpty()) {
            report.activityPeriod(day(transactions.get(0).occurredAt()),
                    day(transactions.get(transactions.size() - 1).occurredAt()));
        }
        activities.forEach(report::activity);
        subjects.build().forEach(report::subject);
        transactions.forEach(report::transaction);
        findings.forEach(report::finding);
        return report.build();
    }

    private static ReportTransaction transaction(Map<String, Object> row) {
        return new ReportTransaction((String) row.get("transaction_id"), (Instant) row.get("occurred_at"),
                (BigDecimal) row.get("amount"), (String) row.get("currency"), (BigDecimal) row.get("amount_usd"),
                Subjects.key((String) row.get("originator_party_id"), (String) row.get("originator_account")),
                (String) row.get("originator_account"),
                Subjects.key((String) row.get("beneficiary_party_id"), (String) row.get("beneficiary_account")),
                (String) row.get("beneficiary_account"), TransactionType.valueOf((String) row.get("type")));
    }

    /** The decision's findings as recorded; a re-screening alert's list match is a sanctions finding. */
    private List<ReportFinding> findings(CaseFile.AlertFile alert) {
        List<ReportFinding> findings = new ArrayList<>();
        for (JsonNode finding : read(alert.findingsJson())) {
            findings.add(new ReportFinding(finding.path("ruleId").asText(null),
                    enumOrNull(Category.class, finding.path("category").asText(null)),
                    enumOrNull(Severity.class, finding.path("severity").asText(null)),
                    finding.path("message").asText(null)));
        }
        JsonNode match = read(alert.subjectJson());
        if (alert.decisionId() == null && !match.isMissingNode()) {
            findings.add(new ReportFinding("RESCREENING_" + match.path("list").asText("LIST"), Category.SANCTIONS,
                    Severity.valueOf(alert.severity()), "re-screening matched " + match.path("entryName").asText("")
                            + " (" + match.path("why").asText("") + ")"));
        }
        return findings;
    }

    private JsonNode read(String text) {
        if (text == null) return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded JSON document of the case does not parse", e);
        }
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) return null;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * The report's subjects by key: a party's id, else its account key (as transactions record it), else its name.
     * A KYC profile makes the party a customer of the filer, whose accounts it holds; a counterparty's accounts are
     * held at its bank (the BIC, with the BIC's country, else the party's country).
     */
    private static final class Subjects {
        private final Map<String, Draft> byKey = new LinkedHashMap<>();

        static String key(String partyId, String accountKey) {
            if (partyId != null) return partyId;
            return accountKey == null ? null : "account:" + accountKey;
        }

        void profile(Map<String, Object> profile) {
            String partyId = (String) profile.get("party_id");
            byKey.computeIfAbsent(partyId, k -> new Draft(k)).profile = profile;
        }

        void party(JsonNode party) {
            if (!party.isObject()) return;
            String accountKey = AccountKeys.of(text(party, "accountId"), text(party, "iban"), text(party, "chain"),
                    text(party, "walletAddress"));
            String key = key(text(party, "partyId"), accountKey);
            if (key == null && text(party, "name") != null) key = "name:" + text(party, "name");
            if (key == null) return;
            Draft draft = byKey.computeIfAbsent(key, Draft::new);
            if (draft.request == null) draft.request = party;
            // Bank accounts only: a wallet address is no account number at an institution (and rarely fits one).
            String number = text(party, "accountId") != null ? text(party, "accountId") : text(party, "iban");
            if (number != null) draft.accounts.put(number, party);
        }

        List<ReportSubject> build() {
            List<ReportSubject> subjects = new ArrayList<>();
            for (Draft draft : byKey.values()) {
                String name = draft.profileText("name", "name");
                // A counterparty known by an account alone names no one: it stays on its transactions.
                if (draft.profile == null && name == null) continue;
                String type = draft.profileText("type", "type");
                ReportSubject.Builder subject = "INDIVIDUAL".equals(type) || type == null
                        ? ReportSubject.individual(draft.key) : ReportSubject.entity(draft.key);
                subject.fullName(name).country(draft.profileText("country", "country")).customer(draft.profile != null);
                for (Map.Entry<String, JsonNode> account : draft.accounts.entrySet()) {
                    subject.account(draft.profile != null ? ReportAccount.atFiler(account.getKey())
                            : new ReportAccount(account.getKey(), bank(account.getValue()), false));
                }
                subjects.add(subject.build());
            }
            return subjects;
        }

        private static HoldingInstitution bank(JsonNode party) {
            String bic = text(party, "bic");
            String country = bic != null && bic.length() >= 6 ? bic.substring(4, 6) : text(party, "country");
            return new HoldingInstitution(bic, null, country);
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
        }

        private static final class Draft {
            final String key;
            Map<String, Object> profile;
            JsonNode request;
            final Map<String, JsonNode> accounts = new LinkedHashMap<>();

            Draft(String key) {
                this.key = key;
            }

            /** The profile's column, else the request's field. */
            String profileText(String column, String field) {
                Object fromProfile = profile == null ? null : profile.get(column);
                if (fromProfile instanceof String s && !s.isBlank()) return s;
                return request == null ? null : text(request, field);
            }
        }
    }
}
