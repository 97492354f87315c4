package dev.warden.screening.rescreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.warden.screening.ScreeningIndex;
import dev.warden.screening.ScreeningMatch;
import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.list.EntryFingerprint;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.match.NameScorer;

/**
 * What customers are screened against in one run, and why a hit on each entry is news: the changed entries of
 * one list (a delta), or the whole serving index.
 */
final class Target {
    private final ScreeningIndex index;
    private final BiFunction<String, String, NewBecause> because;

    Target(ScreeningIndex index, BiFunction<String, String, NewBecause> because) {
        this.index = index;
        this.because = because;
    }

    /**
     * The whole serving index; every hit is news for the same reason. Without the index's memo of names: a run
     * screens each stored customer once, and would only push out the names decisions screen again and again.
     */
    static Target whole(ScreeningIndex serving, NewBecause reason) {
        return new Target(serving.rememberingNames(0), (list, entryId) -> reason);
    }

    /**
     * The delta's entries only, in an index of their own whose names are scored with the serving index's word
     * weights: a customer scores against a changed entry exactly what live screening would score.
     */
    static Target delta(ListDelta delta, ScreeningIndex serving) {
        WatchList changed = new WatchList(delta.list().name(), delta.list().version(), delta.list().source(),
                delta.entries());
        ScreeningIndex small = new ScreeningIndex(List.of(changed), serving.threshold(),
                names -> new NameScorer(names, serving.nameIndex(), NameScorer.Settings.DEFAULT));
        Map<String, NewBecause> reasons = delta.reasons();
        return new Target(small, (list, entryId) -> reasons.get(entryId));
    }

    int entries() {
        return index.lists().values().stream().mapToInt(l -> l.entries().size()).sum();
    }

    /** Every match at or above the threshold of the customers of one batch. */
    List<RescreeningHit> screen(List<StoredCustomer> batch) {
        List<RescreeningHit> hits = new ArrayList<>();
        for (StoredCustomer customer : batch) {
            ScreeningQuery query = customer.query();
            for (ScreeningMatch m : index.search(query, index.threshold(), Integer.MAX_VALUE)) {
                hits.add(new RescreeningHit(customer.key(), customer.profiled(),
                        customer.name() != null ? customer.name() : customer.key(), m.list().name(), m.list().version(),
                        m.entry().entryId(), m.entry().primaryName(), m.entry().programs(), m.matched(), m.kind(),
                        m.score(), m.why(), because.apply(m.list().name(), m.entry().entryId()),
                        EntryFingerprint.of(m.entry())));
            }
        }
        return hits;
    }
}
