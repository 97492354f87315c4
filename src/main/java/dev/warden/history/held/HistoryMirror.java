package dev.warden.history.held;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.warden.db.FailureText;
import dev.warden.facts.AccountActivity;
import dev.warden.facts.PastTransaction;
import dev.warden.history.HistoryConfig;
import dev.warden.history.HistoryRequest;
import dev.warden.history.HistoryWindow;
import dev.warden.history.HistoryWritten;
import dev.warden.history.TransactionsTable;
import dev.warden.history.UpstreamHops;
import dev.warden.history.held.WindowSelection.Column;
import dev.warden.schedule.Periodic;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The recent history held in the service, so that a live decision reads hop 0 and its upstream hops from memory
 * instead of PostgreSQL: every transaction that occurred within {@code warden.history.mirror.retention} of the newest
 * one held. The answers are {@link HistoryWindow}'s (the same {@link WindowSelection} and {@link UpstreamHops}).
 *
 * <p>Why: with a million stored transactions, reading a busy account's month and its upstream levels from
 * PostgreSQL took one to four statements and hundreds of rows per decision, and each row costs PostgreSQL and the
 * driver about ten microseconds; that was most of a decision's enrichment and all of its tail.
 *
 * <p>How it stays complete: it loads the retention from PostgreSQL in one REPEATABLE READ transaction, remembering
 * that transaction's snapshot; from then on it asks for the rows written since ({@link HistoryLog}): at every commit
 * of this replica's writers, told by the {@link HistoryWritten} event the journal and the import fire before they
 * answer (so a client's next decision sees its previous one), and every {@code poll-interval} for what others wrote
 * (other replicas, imports on them). So a decision sees what
 * this replica committed before it, and what other writers committed up to {@code poll-interval} before it. A look that
 * fails or finds a bulk import (more than {@link #MAX_LOOK_ROWS} rows) stops the mirror until it has caught up or
 * reloaded; meanwhile, and for a decision whose windows reach back past what is held, {@link LiveHistory} reads
 * PostgreSQL. Rows changed or deleted outside Warden are seen as they were until the next load (restart).
 */
@ApplicationScoped
class HistoryMirror {
    private static final Logger LOG = Logger.getLogger(HistoryMirror.class);
    /** More rows than this in one look (a bulk import): the mirror reloads instead. */
    static final int MAX_LOOK_ROWS = 20_000;
    private final int maxLookRows;
    /** Rows that occurred later than this past the clock do not move the retention forward. */
    private static final Duration CLOCK_SKEW = Duration.ofDays(1);
    /** The retention moves forward (and old rows are dropped) in steps of at least this. */
    private static final Duration SWEEP_STEP = Duration.ofHours(1);
    private static final String LOAD = "SELECT " + TransactionsTable.ALL + " FROM transactions WHERE occurred_at >= ?"
            + " ORDER BY occurred_at DESC, transaction_id COLLATE \"C\" DESC";

    private final DataSource dataSource;
    private final HistoryConfig.Mirror config;
    private final Duration reach;
    private final UpstreamHops.Settings upstream;
    private final Clock clock;
    private Periodic poll;

    /** What is held; replaced whole by a load. Null until loaded, or when stopped. */
    private volatile Held held;

    /** The rows held and what they cover; {@code log} and the counters change under the mirror's lock. */
    private static final class Held {
        final KeyedRows rows;
        HistoryLog log;
        long count;
        /** The newest occurredAt held, at most CLOCK_SKEW past the clock; null when nothing is held. */
        Instant newest;
        /** Every transaction that occurred at or after this is held. */
        volatile Instant from;
        /** False after a failed look, until one succeeds: rows may be missing. */
        volatile boolean current = true;
        /** One copy of each account, party, country, currency, asset and chain held (most of a row's memory). */
        final SharedStrings strings;

        /**
         * {@code newestFirst}: every transaction that occurred at or after {@code from}, read with the log's snapshot;
         * {@code strings}: the copies their strings share.
         */
        Held(List<PastTransaction> newestFirst, SharedStrings strings, HistoryLog log, Instant from, Instant newest) {
            this.rows = KeyedRows.of(newestFirst);
            newestFirst.forEach(strings::hold);
            strings.forgetUnheld();
            this.strings = strings;
            this.count = newestFirst.size();
            this.log = log;
            this.from = from;
            this.newest = newest;
        }
    }

    @Inject
    HistoryMirror(DataSource dataSource, HistoryConfig config, MeterRegistry meters) {
        this(dataSource, config.mirror(), config.lookback(), UpstreamHops.Settings.of(config),
                Clock.systemUTC(), MAX_LOOK_ROWS);
        Gauge.builder("warden.history.mirror.rows", this, m -> m.held == null ? 0 : m.held.count)
                .description("Transactions held in the service for live decisions' history (0: reading PostgreSQL)")
                .register(meters);
    }

    HistoryMirror(DataSource dataSource, HistoryConfig.Mirror config, Duration lookback,
            UpstreamHops.Settings upstream, Clock clock, int maxLookRows) {
        this.dataSource = dataSource;
        this.maxLookRows = maxLookRows;
        this.config = config;
        this.upstream = upstream;
        this.clock = clock;
        // How far back from occurredAt a decision's windows reach.
        this.reach = upstream.depth() > 0 && upstream.window().compareTo(lookback) > 0 ? upstream.window() : lookback;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) poll = Periodic.every("history-mirror", config.pollInterval(), this::tick);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poll != null) poll.close();
    }

    /** This replica wrote history rows: fetched before the writer answers (the observer runs on its thread). */
    void onWritten(@Observes HistoryWritten event) {
        catchUp();
    }

    /** Whether the windows of {@code request} can be answered from memory. */
    boolean covers(HistoryRequest request) {
        return covers(held, request);
    }

    private boolean covers(Held now, HistoryRequest request) {
        return now != null && now.current && !request.asOf().minus(reach).isBefore(now.from);
    }

    /**
     * Whether what was read from {@code read} still stands: the same rows are held and still cover {@code start}.
     * A bound moves the boundary before it drops rows, and a reload replaces what is held, so a read that a drop or
     * a reload overtook fails this check.
     */
    private boolean stillHolds(Held read, Instant start) {
        return held == read && read.current && !start.isBefore(read.from);
    }

    /** How many transactions are held (0 while loading or off). */
    long heldRows() {
        Held now = held;
        return now == null ? 0 : now.count;
    }

    /** Whether one copy of {@code value} is kept for the rows held (false while loading or off). */
    boolean sharesString(String value) {
        Held now = held;
        return now != null && now.strings.has(value);
    }

    /** Every transaction that occurred since this is held (null while loading or off). */
    Instant heldSince() {
        Held now = held;
        return now == null ? null : now.from;
    }

    /** Whether the counterparty memory of a decision at {@code asOf} can be answered from memory. */
    boolean coversMemory(Instant asOf, Duration memory) {
        Held now = held;
        return now != null && now.current && !asOf.minus(memory).isBefore(now.from);
    }

    /**
     * The counterparty memory as {@link HistoryWindow#activity} answers it: the last transfer from one account to the
     * other, and each account's last transaction either way, within [asOf - memory, asOf], leaving out
     * {@code excludeTransactionId}; null when the mirror does not hold all of that span, before or after reading.
     */
    AccountActivity activity(String originatorAccount, String beneficiaryAccount, Instant asOf,
            Duration memory, String excludeTransactionId) {
        Held now = held;
        Instant from = asOf.minus(memory);
        if (now == null || !stillHolds(now, from)) return null;
        AccountActivity activity = AccountActivity.of(asOf,
                lastTransfer(now, originatorAccount, beneficiaryAccount, from, asOf, excludeTransactionId),
                lastEitherWay(now, originatorAccount, from, asOf, excludeTransactionId),
                lastEitherWay(now, beneficiaryAccount, from, asOf, excludeTransactionId));
        return stillHolds(now, from) ? activity : null;
    }

    /** The last transfer from one account to the other in [from, to], read from whichever side has fewer rows. */
    private static Instant lastTransfer(Held held, String originatorAccount, String beneficiaryAccount, Instant from,
            Instant to, String exclude) {
        List<PastTransaction> sent = held.rows.newestFirst(Column.ORIGINATOR_ACCOUNT, originatorAccount, to);
        List<PastTransaction> received = held.rows.newestFirst(Column.BENEFICIARY_ACCOUNT, beneficiaryAccount, to);
        return sent.size() <= received.size()
                ? latest(sent, from, exclude, t -> beneficiaryAccount.equals(t.getBeneficiaryAccount()))
                : latest(received, from, exclude, t -> originatorAccount.equals(t.getOriginatorAccount()));
    }

    /** When {@code account} last paid or was paid in [from, to]. */
    private static Instant lastEitherWay(Held held, String account, Instant from, Instant to, String exclude) {
        Instant paid = latest(held.rows.newestFirst(Column.ORIGINATOR_ACCOUNT, account, to), from, exclude,
                t -> true);
        Instant received = latest(held.rows.newestFirst(Column.BENEFICIARY_ACCOUNT, account, to), from, exclude,
                t -> true);
        if (paid == null) return received;
        return received == null || paid.isAfter(received) ? paid : received;
    }

    /**
     * The time of the newest of {@code newestFirst} (rows from the first not after the decision's time, as
     * {@link KeyedRows#newestFirst} gives them) since {@code from} that {@code which} accepts.
     */
    private static Instant latest(List<PastTransaction> newestFirst, Instant from, String exclude,
            Predicate<PastTransaction> which) {
        for (PastTransaction t : newestFirst) {
            if (t.getOccurredAt().isBefore(from)) return null;
            if (t.getTransactionId().equals(exclude)) continue;
            if (which.test(t)) return t.getOccurredAt();
        }
        return null;
    }

    /**
     * Hop 0 and the upstream hops of {@code request}, as {@link HistoryWindow#load} answers them; null when the mirror
     * does not hold all that the request reaches back to, before or after reading.
     */
    List<PastTransaction> load(HistoryRequest request) {
        Held now = held;
        Instant start = request.asOf().minus(reach);
        if (now == null || !stillHolds(now, start)) return null;
        List<PastTransaction> all = WindowSelection.load(now.rows::newestFirst, request, upstream);
        return stillHolds(now, start) ? all : null;
    }

    /**
     * Fetches what was committed since the last look: on this replica's writes ({@link HistoryWritten}) and on the
     * poll. Does nothing while the mirror is loading or stopped.
     */
    void catchUp() {
        if (held == null) return;
        synchronized (this) {
            Held now = held;
            if (now == null) return;
            try (Connection connection = dataSource.getConnection()) {
                HistoryLog.Look look = now.log.since(connection, clock.instant(), now.strings::shared);
                if (!look.written().complete()) {
                    LOG.infof("history mirror: more than %d rows written since the last look (an import?); reloading",
                            maxLookRows);
                    held = null;
                    return;
                }
                now.log = look.next();
                add(now, look.written().rows());
                now.current = true;
            } catch (SQLException | RuntimeException e) {
                if (now.current) LOG.warnf("history mirror: a look failed (%s); decisions read PostgreSQL until one succeeds",
                        FailureText.describe(e));
                now.current = false;
            } finally {
                now.strings.forgetUnheld();
            }
        }
    }

    private void add(Held now, List<PastTransaction> rows) {
        if (rows.isEmpty()) return;
        List<PastTransaction> kept = new ArrayList<>(rows.size());
        for (PastTransaction t : rows) {
            // An earlier row than what is held is not needed: a decision reaching back to it reads PostgreSQL.
            if (t.getOccurredAt().isBefore(now.from)) continue;
            kept.add(t);
            Instant at = capped(t.getOccurredAt());
            if (now.newest == null || at.isAfter(now.newest)) now.newest = at;
        }
        List<PastTransaction> added = now.rows.add(kept);
        added.forEach(now.strings::hold);
        now.count += added.size();
        if (now.newest != null) {
            Instant retained = now.newest.minus(config.retention());
            if (!retained.isBefore(now.from.plus(SWEEP_STEP))) dropBefore(now, retained);
        }
        // Over the bound: the oldest tenth of the span held goes, until within it.
        while (now.count > config.maxRows() && now.newest != null && now.newest.isAfter(now.from)) {
            Duration span = Duration.between(now.from, now.newest);
            dropBefore(now, now.from.plus(span.dividedBy(10).plusSeconds(1)));
        }
    }

    /** Moves what is held forward to {@code from}, dropping what fell out. */
    private static void dropBefore(Held now, Instant from) {
        // The boundary first: a decision asking for older rows reads PostgreSQL from now on.
        now.from = from;
        List<PastTransaction> dropped = now.rows.dropBefore(from);
        dropped.forEach(now.strings::release);
        now.count -= dropped.size();
    }

    /** {@code at}, or the clock plus CLOCK_SKEW if later: a row dated far ahead does not move the retention. */
    private Instant capped(Instant at) {
        Instant limit = clock.instant().plus(CLOCK_SKEW);
        return at.isAfter(limit) ? limit : at;
    }

    /** The periodic task: loads when nothing is held, else catches up. */
    void tick() {
        if (held == null) load();
        else catchUp();
    }

    /**
     * Reads every row within the retention of the newest one, in one REPEATABLE READ transaction whose snapshot the
     * looks start from. Decisions read PostgreSQL until it is done.
     */
    synchronized void load() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                String snapshot;
                Instant newest;
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery(HistoryLog.SNAPSHOT + ", (SELECT max(occurred_at) FROM transactions)")) {
                    rs.next();
                    snapshot = rs.getString(1);
                    Timestamp max = rs.getTimestamp(2);
                    newest = max == null ? null : capped(max.toInstant());
                }
                Instant from = newest == null ? Instant.EPOCH : newest.minus(config.retention());
                List<PastTransaction> rows = new ArrayList<>();
                Instant asOf = clock.instant();
                SharedStrings strings = new SharedStrings();
                try (PreparedStatement query = connection.prepareStatement(LOAD)) {
                    query.setFetchSize(10_000);
                    query.setTimestamp(1, Timestamp.from(from));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rows.size() < config.maxRows() && rs.next()) {
                            rows.add(TransactionsTable.read(rs, asOf, strings::shared));
                        }
                        if (rows.size() >= config.maxRows() && rs.next()) {
                            // More than the bound within the retention: the newest rows, cut at a whole instant.
                            from = rows.get(rows.size() - 1).getOccurredAt().plusNanos(1_000);
                            Instant cut = from;
                            rows.removeIf(t -> t.getOccurredAt().isBefore(cut));
                        }
                    }
                }
                Held loaded = new Held(rows, strings, new HistoryLog(snapshot, maxLookRows), from, newest);
                held = loaded;
                LOG.infof("history mirror: %d transactions since %s held (%d account and party keys) in %d ms",
                        rows.size(), from, loaded.rows.keys(), (System.nanoTime() - started) / 1_000_000);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("history mirror: load failed (%s); decisions read PostgreSQL, retrying", FailureText.describe(e));
        }
    }
}
