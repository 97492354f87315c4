package dev.warden.screening.load;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A list read with a byte cap and a deadline. The JDK's HTTP client bounds the wait for headers but not for the
 * body, so a server that drips bytes, or a file that unpacks without end, would hold the refresh forever; at the
 * deadline the stream is closed under the reader, and past the cap a read fails, naming the bound.
 */
final class BoundedRead extends FilterInputStream {
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "list-read-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final String what;
    private final long maxBytes;
    private final Duration deadline;
    private final ScheduledFuture<?> closer;
    private volatile boolean expired;
    private long read;

    BoundedRead(InputStream in, String what, long maxBytes, Duration deadline) {
        super(in);
        this.what = what;
        this.maxBytes = maxBytes;
        this.deadline = deadline;
        this.closer = DEADLINES.schedule(this::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void expire() {
        expired = true;
        try {
            in.close();
        } catch (IOException e) {
            // Closing is how the blocked reader is woken; its own read reports the deadline.
        }
    }

    @Override
    public int read() throws IOException {
        int b = checked(() -> super.read());
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = checked(() -> super.read(buffer, offset, length));
        if (n > 0) count(n);
        return n;
    }

    @Override
    public void close() throws IOException {
        closer.cancel(false);
        super.close();
    }

    private interface Read {
        int run() throws IOException;
    }

    private int checked(Read read) throws IOException {
        if (expired) throw passed();
        try {
            return read.run();
        } catch (IOException e) {
            if (expired) throw passed();
            throw e;
        }
    }

    private IOException passed() {
        return new IOException(what + ": not read within " + deadline.toSeconds() + " s");
    }

    private void count(long n) throws IOException {
        read += n;
        if (read > maxBytes) throw new IOException(what + ": more than " + maxBytes + " bytes once unpacked");
    }
}
