package dev.warden.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;

/** History held in memory, for scenario tests; answers exactly what {@link HistoryWindow} answers. */
public final class InMemoryHistory implements HistorySource {
    /** As {@link HistoryWindow} orders: transactionIds are ASCII, so String order is the "C" collation's. */
    private static final Comparator<PastTransaction> NEWEST_FIRST = Comparator.comparing(PastTransaction::getOccurredAt)
            .thenComparing(PastTransaction::getTransactionId).reversed();
    private final List<PastTransaction> transactions = new ArrayList<>();
    private final UpstreamHops.Settings upstream;

    /** With the default upstream settings, the same as a service started without warden.history.upstream-*. */
    public InMemoryHistory() {
        this(UpstreamHops.Settings.DEFAULT);
    }

    public InMemoryHistory(UpstreamHops.Settings upstream) {
        this.upstream = upstream;
    }

    public void add(PastTransaction transaction) {
        transactions.add(transaction);
    }

    @Override
    public List<PastTransaction> load(HistoryRequest request) {
        List<PastTransaction> hop0 = window(request.accounts(), request.originatorPartyIds(), request.asOf(),
                request.lookback(), request.maxRows(), request.maxRows(), request.excludeTransactionId());
        return UpstreamHops.withUpstream(request, hop0, upstream, (accounts, asOf, window, perAccount, maxRows,
                exclude) -> window(accounts, List.of(), asOf, window, perAccount, maxRows, exclude));
    }

    /** The keys HistoryWindow scans, each with the values it is scanned for. */
    private record Key(Function<PastTransaction, String> column, Collection<String> values) {
    }

    /** As HistoryWindow: per key column and value, the newest {@code perKey} rows; merged; the newest maxRows. */
    private List<PastTransaction> window(Collection<String> accounts, Collection<String> partyIds, Instant asOf,
            Duration lookback, int perKey, int maxRows, String excludeTransactionId) {
        Instant from = asOf.minus(lookback);
        List<PastTransaction> inWindow = transactions.stream()
                .filter(t -> !t.getOccurredAt().isBefore(from) && !t.getOccurredAt().isAfter(asOf))
                .filter(t -> !t.getTransactionId().equals(excludeTransactionId))
                .sorted(NEWEST_FIRST)
                .toList();
        Set<PastTransaction> picked = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Key key : List.of(new Key(PastTransaction::getOriginatorAccount, accounts),
                new Key(PastTransaction::getBeneficiaryAccount, accounts),
                new Key(PastTransaction::getOriginatorPartyId, partyIds),
                new Key(PastTransaction::getBeneficiaryPartyId, partyIds))) {
            for (String value : key.values()) {
                inWindow.stream().filter(t -> value.equals(key.column().apply(t))).limit(perKey).forEach(picked::add);
            }
        }
        return picked.stream()
                .sorted(NEWEST_FIRST)
                .limit(maxRows)
                .map(t -> t.asSeenFrom(asOf))
                .toList();
    }

    @Override
    public AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf,
            Duration memory, String excludeTransactionId) {
        Instant from = asOf.minus(memory);
        List<PastTransaction> remembered = transactions.stream()
                .filter(t -> !t.getOccurredAt().isBefore(from) && !t.getOccurredAt().isAfter(asOf))
                .filter(t -> !t.getTransactionId().equals(excludeTransactionId)).toList();
        return AccountActivity.of(asOf,
                latest(remembered, t -> originatorAccount.equals(t.getOriginatorAccount())
                        && beneficiaryAccount.equals(t.getBeneficiaryAccount())),
                latest(remembered, t -> involves(t, originatorAccount)),
                latest(remembered, t -> involves(t, beneficiaryAccount)));
    }

    private static Instant latest(List<PastTransaction> transactions, Predicate<PastTransaction> which) {
        return transactions.stream().filter(which).map(PastTransaction::getOccurredAt).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static boolean involves(PastTransaction t, String account) {
        return account.equals(t.getOriginatorAccount()) || account.equals(t.getBeneficiaryAccount());
    }
}
