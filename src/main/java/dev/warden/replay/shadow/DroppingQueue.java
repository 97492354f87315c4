package dev.warden.replay.shadow;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded hand-off that never makes the producer wait: when it is full the item is dropped and counted. The
 * live decision path offers to it; losing a shadow comparison is acceptable, slowing a payment is not.
 */
final class DroppingQueue<T> {
    private final BlockingQueue<T> queue;
    private final AtomicLong dropped = new AtomicLong();

    DroppingQueue(int capacity) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
    }

    void offer(T item) {
        if (!queue.offer(item)) dropped.incrementAndGet();
    }

    /** Waits up to the timeout for a first item, then takes whatever else is waiting, up to max in all. */
    List<T> take(int max, long timeoutMillis) throws InterruptedException {
        T first = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (first == null) return List.of();
        List<T> batch = new java.util.ArrayList<>(List.of(first));
        queue.drainTo(batch, max - 1);
        return batch;
    }

    /** Drops since the last call (each is reported once). */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    int size() {
        return queue.size();
    }
}
