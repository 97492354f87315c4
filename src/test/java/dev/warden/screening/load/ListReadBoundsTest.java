package dev.warden.screening.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch-list reads are bounded: one compression layer, a byte cap, a deadline that a silent server cannot hold. */
class ListReadBoundsTest {
    @TempDir
    Path temp;

    @Test
    void aListGzippedOnceLoadsAndOneGzippedThreeTimesIsRefused() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("watchlists/warden-seed.csv")) {
            seed = in.readAllBytes();
        }
        Path once = Files.write(temp.resolve("once.csv.gz"), gzip(seed));
        assertThat(new ListLoader().load("SEED", "file:" + once).entries()).isNotEmpty();
        Path thrice = Files.write(temp.resolve("thrice.csv.gz"), gzip(gzip(gzip(seed))));
        assertThatThrownBy(() -> new ListLoader().load("SEED", "file:" + thrice))
                .isInstanceOf(IOException.class).hasMessageContaining("compressed twice");
    }

    @Test
    void aReadPastTheCapFailsNamingTheBound() {
        InputStream zeros = new ByteArrayInputStream(new byte[4096]);
        assertThatThrownBy(() -> new BoundedRead(zeros, "list", 1000, Duration.ofMinutes(1)).readAllBytes())
                .isInstanceOf(IOException.class).hasMessageContaining("more than 1000 bytes");
    }

    @Test
    void aSourceThatNeverSendsIsCutOffAtTheDeadline() throws IOException {
        InputStream silent = new Silent();
        long start = System.nanoTime();
        assertThatThrownBy(() -> new BoundedRead(silent, "list", 1000, Duration.ofMillis(300)).read())
                .isInstanceOf(IOException.class).hasMessageContaining("not read within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
    }

    /** A source that sends nothing until it is closed, as a socket of a server that has gone quiet. */
    private static final class Silent extends InputStream {
        private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

        @Override
        public int read() throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("closed");
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
