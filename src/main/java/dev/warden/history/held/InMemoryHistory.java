package dev.warden.history.held;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;
import dev.warden.history.HistoryRequest;
import dev.warden.history.HistorySource;
import dev.warden.history.HistoryWindow;
import dev.warden.history.UpstreamHops;
import dev.warden.history.WindowQuery;

/** History held in memory, for scenario tests; answers exactly what {@link HistoryWindow} answers. */
public final class InMemoryHistory implements HistorySource {
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
    public Recalled recall(HistoryRequest request) {
        AccountActivity activity = request.asksCounterpartyMemory() ? activity(request) : null;
        if (!WindowQuery.hop0(request).hasKeys()) return new Recalled(List.of(), activity);
        List<PastTransaction> newestFirst = transactions.stream().sorted(WindowSelection.NEWEST_FIRST).toList();
        return new Recalled(WindowSelection.load((column, value, asOf) -> newestFirst.stream()
                .filter(t -> value.equals(column.of.apply(t))).toList(), request.knowing(activity), upstream), activity);
    }

    private AccountActivity activity(HistoryRequest request) {
        Instant asOf = request.asOf();
        Instant from = asOf.minus(request.counterpartyMemory());
        String originatorAccount = request.upstreamOf();
        String beneficiaryAccount = request.beneficiaryAccount();
        List<PastTransaction> remembered = transactions.stream()
                .filter(t -> !t.getOccurredAt().isBefore(from) && !t.getOccurredAt().isAfter(asOf))
                .filter(t -> !t.getTransactionId().equals(request.excludeTransactionId())).toList();
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
