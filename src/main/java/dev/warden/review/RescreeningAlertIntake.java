package dev.warden.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.facts.MatchKind;
import dev.warden.facts.Severity;
import dev.warden.screening.rescreen.NewBecause;
import dev.warden.screening.rescreen.RescreeningAlerts;
import dev.warden.screening.rescreen.RescreeningHit;

/**
 * Re-screening hits become alerts of source RESCREENING, one per hit, in the transaction that records the hit, each
 * joining the party's case. A listed wallet, BIC, IBAN or identifier held by a customer is all but certain: BLOCK
 * (the shorter due time); a name match needs an officer's eye: REVIEW.
 */
@ApplicationScoped
public class RescreeningAlertIntake implements RescreeningAlerts {
    private final AlertIntake intake;

    public RescreeningAlertIntake(AlertIntake intake) {
        this.intake = intake;
    }

    @Override
    public void raise(Connection connection, List<RescreeningHit> hits) throws SQLException {
        for (RescreeningHit hit : hits) intake.open(connection, match(hit));
    }

    static RescreeningMatch match(RescreeningHit hit) {
        Severity severity = hit.matchKind() == MatchKind.NAME ? Severity.REVIEW : Severity.BLOCK;
        String why = hit.why() + " (" + news(hit.newBecause()) + "; " + hit.list() + " version " + hit.listVersion()
                + ")";
        return new RescreeningMatch(hit.partyKey(), severity, hit.list(), hit.entryId(), hit.entryName(),
                hit.matched(), hit.score(), why);
    }

    private static String news(NewBecause because) {
        return switch (because) {
            case ENTRY_ADDED -> "the entry is new on the list";
            case ENTRY_CHANGED -> "the entry's names, identifiers or wallets changed";
            case PROFILE_CHANGED -> "the party's KYC profile changed";
            case FULL_RUN -> "found by a full re-screening";
        };
    }
}
