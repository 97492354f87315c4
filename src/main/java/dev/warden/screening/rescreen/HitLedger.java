package dev.warden.screening.rescreen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.warden.screening.Clearances;

/**
 * Every re-screening hit raised ({@code rescreening_hits}): a hit is raised once per party and entry, and again
 * only when the entry's fingerprint changed since. A pair an officer cleared is not raised while the entry is as
 * it was when cleared. Raised hits go to every {@link RescreeningAlerts} in the transaction that records them.
 */
@ApplicationScoped
class HitLedger {
    private static final String SEEN_AGAIN = """
            UPDATE rescreening_hits SET last_seen_at = ?
             WHERE party_key = ? AND list_name = ? AND entry_id = ? AND entry_fingerprint = ?""";
    private static final String RAISE = """
            INSERT INTO rescreening_hits (party_key, list_name, entry_id, entry_fingerprint, list_version, screened_name,
                                          matched, match_kind, score, new_because, first_raised_at, last_seen_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (party_key, list_name, entry_id) DO UPDATE
               SET entry_fingerprint = EXCLUDED.entry_fingerprint, list_version = EXCLUDED.list_version,
                   screened_name = EXCLUDED.screened_name, matched = EXCLUDED.matched, match_kind = EXCLUDED.match_kind,
                   score = EXCLUDED.score, new_because = EXCLUDED.new_because,
                   first_raised_at = EXCLUDED.first_raised_at, last_seen_at = EXCLUDED.last_seen_at
             WHERE rescreening_hits.entry_fingerprint <> EXCLUDED.entry_fingerprint""";

    private final DataSource dataSource;
    private final Iterable<RescreeningAlerts> alerts;
    private final boolean alertsConfigured;

    @Inject
    HitLedger(DataSource dataSource, Instance<RescreeningAlerts> alerts) {
        this(dataSource, alerts, !alerts.isUnsatisfied());
    }

    /** @param alerts every implementation installed; each is handed every hit raised */
    HitLedger(DataSource dataSource, Iterable<RescreeningAlerts> alerts, boolean alertsConfigured) {
        this.dataSource = dataSource;
        this.alerts = alerts;
        this.alertsConfigured = alertsConfigured;
    }

    boolean alertsConfigured() {
        return alertsConfigured;
    }

    /**
     * The clearances in force, read once per run: party, list and entry to the fingerprint the entry had when
     * cleared (empty for a clearance made before fingerprints were kept).
     */
    ClearedPairs clearances() throws SQLException {
        Map<String, Optional<String>> pairs = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT party_key, list_name, entry_id, entry_fingerprint FROM screening_clearances WHERE undone_at IS NULL");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                pairs.put(Clearances.key(rs.getString(1), rs.getString(2), rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)));
            }
        }
        return new ClearedPairs(pairs);
    }

    /** The clearances as one run sees them. */
    record ClearedPairs(Map<String, Optional<String>> pairs) {
        /**
         * A clearance holds for the entry as it was when cleared. One without a fingerprint (made before they were
         * kept) holds until the entry next changes: a hit because the entry was added or changed is raised.
         */
        boolean cleared(RescreeningHit hit) {
            Optional<String> at = pairs.get(Clearances.key(hit.partyKey(), hit.list(), hit.entryId()));
            if (at == null) return false;
            if (at.isPresent()) return at.get().equals(hit.entryFingerprint());
            return hit.newBecause() != NewBecause.ENTRY_ADDED && hit.newBecause() != NewBecause.ENTRY_CHANGED;
        }
    }

    /** Records the hits of one batch in one transaction; returns those raised now (not raised before, not cleared). */
    List<RescreeningHit> record(List<RescreeningHit> hits, ClearedPairs cleared) throws SQLException {
        Map<String, RescreeningHit> unique = new LinkedHashMap<>();
        for (RescreeningHit hit : hits) {
            if (!cleared.cleared(hit)) unique.putIfAbsent(Clearances.key(hit.partyKey(), hit.list(), hit.entryId()), hit);
        }
        if (unique.isEmpty()) return List.of();
        List<RescreeningHit> raised = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement seen = c.prepareStatement(SEEN_AGAIN); PreparedStatement raise = c.prepareStatement(RAISE)) {
                for (RescreeningHit hit : unique.values()) {
                    seen.setTimestamp(1, now);
                    seen.setString(2, hit.partyKey());
                    seen.setString(3, hit.list());
                    seen.setString(4, hit.entryId());
                    seen.setString(5, hit.entryFingerprint());
                    if (seen.executeUpdate() == 1) continue;
                    bind(raise, hit, now);
                    // 0 rows: another run recorded this very version meanwhile (a replica, a profile change).
                    if (raise.executeUpdate() == 1) raised.add(hit);
                }
                if (!raised.isEmpty()) {
                    for (RescreeningAlerts port : alerts) port.raise(c, raised);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return raised;
    }

    private static void bind(PreparedStatement raise, RescreeningHit hit, Timestamp now) throws SQLException {
        raise.setString(1, hit.partyKey());
        raise.setString(2, hit.list());
        raise.setString(3, hit.entryId());
        raise.setString(4, hit.entryFingerprint());
        raise.setString(5, hit.listVersion());
        raise.setString(6, clip(hit.screenedName(), 300));
        raise.setString(7, clip(hit.matched(), 500));
        raise.setString(8, hit.matchKind().name());
        raise.setDouble(9, hit.score());
        raise.setString(10, hit.newBecause().name());
        raise.setTimestamp(11, now);
        raise.setTimestamp(12, now);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
