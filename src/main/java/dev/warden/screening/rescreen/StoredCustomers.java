package dev.warden.screening.rescreen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.facts.AccountKeys;
import dev.warden.facts.PartyType;
import dev.warden.screening.ScreeningQuery;
import dev.warden.screening.list.WatchListEntry.SubjectType;

/**
 * Reads the customers to screen from PostgreSQL in batches, through a cursor: every stored KYC profile, then every
 * distinct way a recorded decision decided since {@code seenSince} described one of its parties (a party without
 * a profile, and the wallet, IBAN and BIC of one with a profile). Only the batches in flight are in memory.
 */
@ApplicationScoped
public class StoredCustomers {
    /** Receives one batch; may block (back pressure), and may throw to stop the read. */
    @FunctionalInterface
    public interface BatchSink {
        void accept(List<StoredCustomer> batch) throws Exception;
    }

    private static final String PROFILES = "SELECT party_id, name, type, country FROM party_profiles";

    private static final String SEEN = """
            SELECT DISTINCT p ->> 'partyId' AS party_id, CASE WHEN pp.party_id IS NULL THEN p ->> 'name' END AS name,
                   CASE WHEN pp.party_id IS NULL THEN p ->> 'type' END AS type,
                   CASE WHEN pp.party_id IS NULL THEN p ->> 'country' END AS country,
                   p ->> 'accountId' AS account_id, p ->> 'iban' AS iban,
                   p ->> 'bic' AS bic, p ->> 'walletAddress' AS wallet, p ->> 'chain' AS chain,
                   pp.party_id IS NOT NULL AS profiled
              FROM decisions d
             CROSS JOIN LATERAL (VALUES (d.request -> 'originator'), (d.request -> 'beneficiary')) AS side(p)
              LEFT JOIN party_profiles pp ON pp.party_id = p ->> 'partyId'
             WHERE d.decided_at >= ?
               AND (pp.party_id IS NULL OR p ->> 'iban' IS NOT NULL OR p ->> 'bic' IS NOT NULL
                    OR p ->> 'walletAddress' IS NOT NULL)""";

    private final DataSource dataSource;

    public StoredCustomers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many customers {@link #read} will give, for progress. */
    public long count(Instant seenSince) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM party_profiles)"
                        + " + (SELECT count(*) FROM (" + SEEN + ") seen)")) {
            s.setTimestamp(1, Timestamp.from(seenSince));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public void read(Instant seenSince, int batchSize, BatchSink sink) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // PgJDBC streams with a cursor only outside autocommit.
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                try (PreparedStatement s = c.prepareStatement(PROFILES)) {
                    stream(s, batchSize, sink, StoredCustomers::profile);
                }
                try (PreparedStatement s = c.prepareStatement(SEEN)) {
                    s.setTimestamp(1, Timestamp.from(seenSince));
                    stream(s, batchSize, sink, StoredCustomers::seen);
                }
            } finally {
                c.rollback();
            }
        }
    }

    private interface RowReader {
        StoredCustomer read(ResultSet rs) throws SQLException;
    }

    private static void stream(PreparedStatement s, int batchSize, BatchSink sink, RowReader reader) throws Exception {
        s.setFetchSize(batchSize);
        try (ResultSet rs = s.executeQuery()) {
            List<StoredCustomer> batch = new ArrayList<>(batchSize);
            while (rs.next()) {
                StoredCustomer customer = reader.read(rs);
                if (customer == null) continue;
                batch.add(customer);
                if (batch.size() == batchSize) {
                    sink.accept(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) sink.accept(batch);
        }
    }

    private static StoredCustomer profile(ResultSet rs) throws SQLException {
        return new StoredCustomer(rs.getString("party_id"), true, rs.getString("name"), subjectType(rs.getString("type")),
                rs.getString("country"), null, null, null);
    }

    /** A party a decision described; without a partyId or an account it cannot be keyed, and is left out. */
    private static StoredCustomer seen(ResultSet rs) throws SQLException {
        String partyId = rs.getString("party_id");
        String iban = rs.getString("iban");
        String wallet = rs.getString("wallet");
        String key = partyId != null ? partyId : AccountKeys.of(rs.getString("account_id"), iban, rs.getString("chain"), wallet);
        if (key == null) return null;
        // A profiled party's name is screened from its profile (the query leaves it out); from its decisions only
        // the identifiers the profile does not hold.
        return new StoredCustomer(key, rs.getBoolean("profiled"), rs.getString("name"), subjectType(rs.getString("type")),
                rs.getString("country"), iban, rs.getString("bic"), wallet);
    }

    private static SubjectType subjectType(String partyType) {
        if (partyType == null) return null;
        try {
            return ScreeningQuery.subjectType(PartyType.valueOf(partyType));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
