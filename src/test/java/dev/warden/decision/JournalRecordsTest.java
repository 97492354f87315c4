package dev.warden.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.warden.engine.Outcome;
import dev.warden.history.TransactionRow;
import dev.warden.testing.Database;
import dev.warden.testing.Requests;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the journal stores for a decision and its history row, and which decisions count as inserted: a transactionId
 * queued twice, a history row that was imported before the decision, and values at the edges of what the columns
 * hold. Whatever writes a group commit (one insert per row today) must keep these.
 */
@QuarkusTest
class JournalRecordsTest {
    @Inject
    DecisionJournal journal;
    @Inject
    DataSource dataSource;

    @Test
    void aTransactionIdQueuedTwiceIsRecordedOnceAndOnlyTheRecordedOneCountsAsInserted() throws Exception {
        String id = Requests.uniqueId("twice");
        DecisionRow first = decision(id, Instant.parse("2026-11-20T10:15:30Z"));
        DecisionRow second = decision(id, Instant.parse("2026-11-20T10:15:30Z"));
        // Queued back to back: they share a commit, or go to two writers (the tests run two), whose commits may land
        // in either order. Either way exactly one is recorded, with its own history row, and only it counts.
        CompletableFuture<Boolean> a = journal.append(first, transaction(id, "acc-twice-1", Instant.parse("2026-11-20T10:15:30Z")));
        CompletableFuture<Boolean> b = journal.append(second, transaction(id, "acc-twice-2", Instant.parse("2026-11-20T10:15:30Z")));
        boolean firstInserted = a.get(30, TimeUnit.SECONDS);
        boolean secondInserted = b.get(30, TimeUnit.SECONDS);
        assertThat(firstInserted).isNotEqualTo(secondInserted);
        DecisionRow recorded = firstInserted ? first : second;
        String recordedAccount = firstInserted ? "acc-twice-1" : "acc-twice-2";
        assertThat(Database.count(dataSource, "SELECT count(*) FROM decisions WHERE transaction_id = ?", id)).isOne();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM decisions WHERE decision_id = ?::uuid",
                recorded.decisionId().toString())).isOne();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ?", id))
                .isOne();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ? "
                + "AND originator_account = ?", id, recordedAccount)).isOne();
    }

    @Test
    void aDecisionWhoseHistoryRowWasImportedIsRecordedAndTheImportedRowStays() throws Exception {
        String id = Requests.uniqueId("imported");
        Instant at = Instant.parse("2026-11-20T10:15:30Z");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO transactions (transaction_id, "
                        + "occurred_at, type, amount, currency, amount_usd, originator_account) "
                        + "VALUES (?, ?, 'WIRE', 1, 'USD', 1, 'acc-imported')")) {
            insert.setString(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
        assertThat(journal.append(decision(id, at), transaction(id, "acc-decided", at)).get(30, TimeUnit.SECONDS))
                .isTrue();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM decisions WHERE transaction_id = ?", id)).isOne();
        assertThat(Database.count(dataSource, "SELECT count(*) FROM transactions WHERE transaction_id = ? "
                + "AND originator_account = 'acc-imported'", id)).isOne();
    }

    @Test
    void valuesAreStoredAsTheDriverBindsThemTimesRoundedToMicrosecondsAmountsAtTheirScaleNullsAsNull()
            throws Exception {
        String id = Requests.uniqueId("values");
        // Half a microsecond: stored rounded half up, as the driver rounds a bound timestamp.
        Instant occurred = Instant.parse("2026-11-20T10:15:30.123456500Z");
        Instant decided = Instant.parse("2026-11-20T10:15:31.999999700Z");
        DecisionRow decision = new DecisionRow(UUID.randomUUID(), id, "a".repeat(64), "{\"b\": [1, 2]}",
                "{\"outcome\": \"REVIEW\"}", Outcome.REVIEW, 61, "rules-1", "{\"ofac\": \"v1\"}", "party-o", null,
                occurred, decided);
        TransactionRow row = new TransactionRow(id, occurred, "CRYPTO_TRANSFER", new BigDecimal("1.50"), "USDT",
                new BigDecimal("1234.567891234"), "acc-o", "acc-b", "party-o", null, "DE", null, "USDT", "tron", true);
        assertThat(journal.append(decision, row).get(30, TimeUnit.SECONDS)).isTrue();

        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement bound = connection.prepareStatement("SELECT ?::timestamptz, ?::timestamptz");
                    PreparedStatement stored = connection.prepareStatement("SELECT d.occurred_at, d.decided_at, "
                            + "t.occurred_at, t.amount::text, t.amount_usd::text, t.beneficiary_party_id, "
                            + "t.beneficiary_country, t.asset, t.chain, t.new_counterparty, d.request::text, "
                            + "d.risk_score, d.outcome, d.beneficiary_party_id, d.watchlist_versions::text "
                            + "FROM decisions d JOIN transactions t USING (transaction_id) WHERE transaction_id = ?")) {
                bound.setTimestamp(1, Timestamp.from(occurred));
                bound.setTimestamp(2, Timestamp.from(decided));
                stored.setString(1, id);
                try (ResultSet driver = bound.executeQuery(); ResultSet rs = stored.executeQuery()) {
                    assertThat(driver.next()).isTrue();
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getTimestamp(1).toInstant()).isEqualTo(driver.getTimestamp(1).toInstant())
                            .isEqualTo(Instant.parse("2026-11-20T10:15:30.123457Z"));
                    assertThat(rs.getTimestamp(2).toInstant()).isEqualTo(driver.getTimestamp(2).toInstant())
                            .isEqualTo(Instant.parse("2026-11-20T10:15:32Z"));
                    assertThat(rs.getTimestamp(3).toInstant()).isEqualTo(rs.getTimestamp(1).toInstant());
                    assertThat(rs.getString(4)).isEqualTo("1.50");
                    assertThat(rs.getString(5)).isEqualTo("1234.56789123");
                    assertThat(rs.getString(6)).isNull();
                    assertThat(rs.getString(7)).isNull();
                    assertThat(rs.getString(8)).isEqualTo("USDT");
                    assertThat(rs.getString(9)).isEqualTo("tron");
                    assertThat(rs.getBoolean(10)).isTrue();
                    assertThat(rs.getString(11)).isEqualTo("{\"b\": [1, 2]}");
                    assertThat(rs.getInt(12)).isEqualTo(61);
                    assertThat(rs.getString(13)).isEqualTo("REVIEW");
                    assertThat(rs.getString(14)).isNull();
                    assertThat(rs.getString(15)).isEqualTo("{\"ofac\": \"v1\"}");
                }
            }
        }
    }

    private static DecisionRow decision(String transactionId, Instant at) {
        return new DecisionRow(UUID.randomUUID(), transactionId, "0".repeat(64), "{}", "{}", Outcome.ALLOW, 0, "test",
                "{}", null, null, at, at);
    }

    private static TransactionRow transaction(String transactionId, String account, Instant at) {
        BigDecimal amount = new BigDecimal("10.00");
        return new TransactionRow(transactionId, at, "WIRE", amount, "EUR", amount, account, account + "-ben", null,
                null, "DE", "DE", null, null, false);
    }
}
