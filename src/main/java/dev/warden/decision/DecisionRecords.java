package dev.warden.decision;

import dev.warden.engine.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Reads of the decision audit log. */
@ApplicationScoped
public class DecisionRecords {

    public Optional<DecisionRecord> byId(UUID decisionId) {
        return DecisionRecord.findByIdOptional(decisionId);
    }

    public Optional<DecisionRecord> byTransactionId(String transactionId) {
        return DecisionRecord.find("transactionId", transactionId).firstResultOptional();
    }

    /** Records matching every given filter, newest first. */
    public List<DecisionRecord> search(DecisionQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (query.transactionId() != null) {
            where.append(" and transactionId = :transactionId");
            params.and("transactionId", query.transactionId());
        }
        if (query.partyId() != null) {
            where.append(" and (originatorPartyId = :partyId or beneficiaryPartyId = :partyId)");
            params.and("partyId", query.partyId());
        }
        if (query.accountId() != null) {
            where.append(" and transactionId in (select t.transactionId from TransactionAccounts t"
                    + " where t.originatorAccount = :accountId or t.beneficiaryAccount = :accountId)");
            params.and("accountId", query.accountId());
        }
        if (query.outcome() != null) {
            where.append(" and outcome = :outcome");
            params.and("outcome", query.outcome().name());
        }
        if (query.from() != null) {
            where.append(" and decidedAt >= :from");
            params.and("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and decidedAt < :to");
            params.and("to", query.to());
        }
        return DecisionRecord.find(where.toString(), Sort.descending("decidedAt"), params)
                .page(Page.of(query.page(), query.size())).list();
    }

    /**
     * Filters of {@code GET /v1/decisions} and the console's search; null means "any". {@code accountId} is an
     * account key as history records it (accountId, "iban:IBAN" or "CHAIN:wallet") on either side.
     */
    public record DecisionQuery(String transactionId, String partyId, String accountId, Outcome outcome, Instant from,
            Instant to, int page, int size) {
    }
}
