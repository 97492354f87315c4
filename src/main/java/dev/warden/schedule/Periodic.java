package dev.warden.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * A background task on its own daemon thread at a fixed delay, for polls faster than once a second, which the Quarkus
 * scheduler ({@link PeriodicTasks}) does not serve; a zero or negative interval runs nothing.
 */
public final class Periodic implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Periodic.class);
    private final ScheduledExecutorService executor;

    private Periodic(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static Periodic every(String name, Duration interval, Runnable task) {
        if (interval.isZero() || interval.isNegative()) return new Periodic(null);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        // An exception would cancel the schedule for good; log it and keep the schedule.
        executor.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s failed; it runs again in %s", name, interval);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new Periodic(executor);
    }

    @Override
    public void close() {
        if (executor != null) executor.shutdownNow();
    }
}
