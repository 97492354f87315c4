package dev.warden.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The records one logger (and its children) writes while the capture is open; "" captures every logger. */
public final class LogCapture extends Handler implements AutoCloseable {
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger;

    private LogCapture(String name) {
        this.logger = Logger.getLogger(name);
        logger.addHandler(this);
    }

    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    @Override
    public void publish(LogRecord record) {
        // The MDC is read lazily from the calling thread: snapshot it here, on the thread that logs.
        ExtLogRecord copy = ExtLogRecord.wrap(record);
        copy.copyAll();
        records.add(copy);
    }

    public List<ExtLogRecord> records() {
        return List.copyOf(records);
    }

    /** Each record as its formatted message followed by its exception chain's messages, as a log file holds them. */
    public List<String> lines() {
        return records.stream().map(r -> {
            StringBuilder line = new StringBuilder(r.getLoggerName()).append(' ').append(r.getFormattedMessage());
            for (Throwable t = r.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                line.append(" | ").append(t);
            }
            return line.toString();
        }).toList();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
