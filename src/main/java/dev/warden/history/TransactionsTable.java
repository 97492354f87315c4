package dev.warden.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.function.UnaryOperator;

import dev.warden.facts.PastTransaction;
import dev.warden.facts.TransactionType;

/**
 * The columns of the {@code transactions} table, written once: the journal inserts them, an import copies all but
 * the one it judges itself, and the windows, the history held in the service and its log read them back.
 */
public final class TransactionsTable {
    /**
     * What an import supplies, as a column list (constant: the import's API documentation quotes it): every column
     * but new_counterparty, which the import judges as a decision would have.
     */
    public static final String IMPORTED = "transaction_id,occurred_at,type,amount,currency,amount_usd,"
            + "originator_account,beneficiary_account,originator_party_id,beneficiary_party_id,originator_country,"
            + "beneficiary_country,asset,chain";
    /** Every column a history row has, in the order rows are written, as a SELECT or INSERT list. */
    public static final String ALL = IMPORTED + ",new_counterparty";
    /** One row, bound by {@link #bind}; a transactionId already stored is left as it is. */
    public static final String INSERT = "INSERT INTO transactions (" + ALL + ") VALUES ("
            + ALL.replaceAll("[a-z_]+", "?") + ") ON CONFLICT (transaction_id) DO NOTHING";

    private TransactionsTable() {
    }

    /** Binds {@code row} to the parameters of {@link #INSERT}. */
    public static void bind(PreparedStatement insert, TransactionRow row) throws SQLException {
        int next = 1;
        insert.setString(next++, row.transactionId());
        insert.setTimestamp(next++, Timestamp.from(row.occurredAt()));
        insert.setString(next++, row.type());
        insert.setBigDecimal(next++, row.amount());
        insert.setString(next++, row.currency());
        insert.setBigDecimal(next++, row.amountUsd());
        for (String value : new String[] {row.originatorAccount(), row.beneficiaryAccount(), row.originatorPartyId(),
                row.beneficiaryPartyId(), row.originatorCountry(), row.beneficiaryCountry(), row.asset(), row.chain()}) {
            if (value == null) insert.setNull(next++, Types.VARCHAR);
            else insert.setString(next++, value);
        }
        insert.setBoolean(next, row.newCounterparty());
    }

    /** The current row of a result that selected {@link #ALL}, as a hop-0 transaction seen from {@code asOf}. */
    public static PastTransaction read(ResultSet rs, Instant asOf) throws SQLException {
        return read(rs, asOf, UnaryOperator.identity());
    }

    /**
     * As {@link #read(ResultSet, Instant)}, with the values many rows repeat (accounts, parties, countries, currency,
     * asset, chain) passed through {@code shared}, so that rows held long can share one copy of each.
     */
    public static PastTransaction read(ResultSet rs, Instant asOf, UnaryOperator<String> shared) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        BigDecimal usd = rs.getBigDecimal("amount_usd");
        return PastTransaction.builder(rs.getString("transaction_id"), TransactionType.valueOf(rs.getString("type")),
                        rs.getTimestamp("occurred_at").toInstant())
                .amount(amount.stripTrailingZeros(), shared.apply(rs.getString("currency")),
                        usd.setScale(2, RoundingMode.HALF_EVEN))
                .originator(shared.apply(rs.getString("originator_account")),
                        shared.apply(rs.getString("originator_party_id")),
                        shared.apply(rs.getString("originator_country")))
                .beneficiary(shared.apply(rs.getString("beneficiary_account")),
                        shared.apply(rs.getString("beneficiary_party_id")),
                        shared.apply(rs.getString("beneficiary_country")))
                .crypto(shared.apply(rs.getString("asset")), shared.apply(rs.getString("chain")))
                .newCounterparty(rs.getBoolean("new_counterparty")).seenFrom(asOf);
    }
}
