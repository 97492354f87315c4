package dev.warden.console.graph;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.review.AlertView;
import dev.warden.review.CaseView;
import dev.warden.review.ReviewReads;

/**
 * The timeline of a case: whose it is (the case's party, else the account its customer key or its alerts name)
 * and that customer's newest transactions, those the case's alerts are about marked.
 */
@ApplicationScoped
public class CaseTimelines {
    private static final String ACCOUNT_KEY = "account:";

    private final ReviewReads reviews;
    private final TimelineReads reads;
    private final TimelineConfig config;

    public CaseTimelines(ReviewReads reviews, TimelineReads reads, TimelineConfig config) {
        this.reviews = reviews;
        this.reads = reads;
        this.config = config;
    }

    public Timeline of(UUID caseId) {
        CaseView theCase = reviews.caseDetail(caseId).orElseThrow(() -> new EvidenceNotFoundException("No such case."));
        Set<String> inCase = theCase.alerts().stream().map(AlertView::transactionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (theCase.partyId() != null) {
            return timeline(TimelineReads.Key.PARTY, "party", theCase.partyId(), inCase);
        }
        String account = theCase.customerKey().startsWith(ACCOUNT_KEY)
                ? theCase.customerKey().substring(ACCOUNT_KEY.length())
                : theCase.alerts().stream().map(AlertView::account).filter(Objects::nonNull).findFirst().orElse(null);
        if (account == null) throw new EvidenceNotFoundException("This case names no customer.");
        return timeline(TimelineReads.Key.ACCOUNT, "account", account, inCase);
    }

    private Timeline timeline(TimelineReads.Key key, String kind, String customer, Set<String> inCase) {
        int size = config.size();
        return new Timeline(kind, customer, size, reads.newest(key, customer, size, inCase));
    }
}
