package dev.warden.screening.load;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a slow stream (bzip2 decompression) on a thread of its own, a few chunks ahead of the consumer, so that
 * decompressing and parsing the 120 MB OFAC XML use both cores instead of taking turns on one.
 */
final class ReadAheadInputStream extends InputStream {
    private static final int CHUNK = 1 << 20;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile IOException failure;
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ReadAheadInputStream(InputStream source, String name) {
        reader = new Thread(() -> {
            try (source) {
                while (!closed) {
                    byte[] chunk = source.readNBytes(CHUNK);
                    if (chunk.length == 0) break;
                    chunks.put(chunk.length == CHUNK ? chunk : Arrays.copyOf(chunk, chunk.length));
                }
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    if (!closed) chunks.put(END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "read-ahead " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private boolean fill() throws IOException {
        if (ended) return false;
        while (position >= current.length) {
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading ahead", e);
            }
            position = 0;
            if (current == END) {
                ended = true;
                if (failure != null) throw failure;
                return false;
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return fill() ? current[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        chunks.clear();
    }
}
