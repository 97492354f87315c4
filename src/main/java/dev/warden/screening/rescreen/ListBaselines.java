package dev.warden.screening.rescreen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.warden.screening.list.EntryFingerprint;
import dev.warden.screening.list.WatchList;
import dev.warden.screening.list.WatchListEntry;

/**
 * The fingerprints of each list's entries as its customers were last screened ({@code rescreening_list_entries}),
 * and the delta of a newly loaded version against them. A claim holds a PostgreSQL advisory lock on the list for
 * the whole run, so that of several replicas loading the same version one screens the delta and the others,
 * once it is done, find nothing changed. The new fingerprints are written only when the run has finished: a run
 * that fails or dies leaves the delta to be screened again at the next load.
 */
@ApplicationScoped
class ListBaselines {
    /** First key of the advisory lock: the lists' locks, apart from any other lock in the database. */
    private static final int LOCK_SPACE = 0x52534352;

    private final DataSource dataSource;

    ListBaselines(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One list locked for one run; close it to let go. */
    final class Claim implements AutoCloseable {
        private final Connection connection;
        private final WatchList list;
        private final ListDelta delta;

        private Claim(Connection connection, WatchList list, ListDelta delta) {
            this.connection = connection;
            this.list = list;
            this.delta = delta;
        }

        /** Null on the first load of a list ever: the version loaded becomes the baseline, nothing is screened. */
        ListDelta delta() {
            return delta;
        }

        /** The delta's entries as they now are become the baseline. */
        void commit() throws SQLException {
            write(connection, list, delta.fingerprints(), delta.removed());
        }

        @Override
        public void close() throws SQLException {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
                unlock.setInt(1, LOCK_SPACE);
                unlock.setString(2, list.name());
                unlock.execute();
            } finally {
                connection.close();
            }
        }
    }

    /** Waits for the list's lock, then compares the loaded version with the stored fingerprints. */
    Claim claim(WatchList list) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_SPACE);
                lock.setString(2, list.name());
                lock.execute();
            }
            Map<String, String> stored = stored(connection, list.name());
            Map<String, String> current = new LinkedHashMap<>();
            for (WatchListEntry entry : list.entries()) current.put(entry.entryId(), EntryFingerprint.of(entry));
            if (stored.isEmpty()) {
                write(connection, list, current, List.of());
                return new Claim(connection, list, null);
            }
            return new Claim(connection, list, delta(list, stored, current));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    static ListDelta delta(WatchList list, Map<String, String> stored, Map<String, String> current) {
        List<WatchListEntry> entries = new ArrayList<>();
        Map<String, NewBecause> reasons = new HashMap<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (WatchListEntry entry : list.entries()) {
            String now = current.get(entry.entryId());
            String before = stored.get(entry.entryId());
            if (now.equals(before) || reasons.containsKey(entry.entryId())) continue;
            entries.add(entry);
            reasons.put(entry.entryId(), before == null ? NewBecause.ENTRY_ADDED : NewBecause.ENTRY_CHANGED);
            fingerprints.put(entry.entryId(), now);
        }
        List<String> removed = stored.keySet().stream().filter(id -> !current.containsKey(id)).toList();
        return new ListDelta(list, entries, reasons, removed, fingerprints);
    }

    private static Map<String, String> stored(Connection connection, String list) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT entry_id, fingerprint FROM rescreening_list_entries WHERE list_name = ?")) {
            s.setString(1, list);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) stored.put(rs.getString(1), rs.getString(2));
            }
        }
        return stored;
    }

    private static void write(Connection connection, WatchList list, Map<String, String> fingerprints,
            List<String> removed) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO rescreening_list_entries (list_name, entry_id, fingerprint, list_version) VALUES (?, ?, ?, ?)
                ON CONFLICT (list_name, entry_id) DO UPDATE
                SET fingerprint = EXCLUDED.fingerprint, list_version = EXCLUDED.list_version""");
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM rescreening_list_entries WHERE list_name = ? AND entry_id = ANY (?)")) {
            for (Map.Entry<String, String> e : fingerprints.entrySet()) {
                upsert.setString(1, list.name());
                upsert.setString(2, e.getKey());
                upsert.setString(3, e.getValue());
                upsert.setString(4, list.version());
                upsert.addBatch();
            }
            upsert.executeBatch();
            delete.setString(1, list.name());
            delete.setArray(2, connection.createArrayOf("varchar", removed.toArray()));
            delete.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
