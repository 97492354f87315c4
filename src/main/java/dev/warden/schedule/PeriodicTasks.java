package dev.warden.schedule;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;

/**
 * Periodic background work on the Quarkus scheduler: a task runs every interval on a worker thread, its first run
 * one interval after it is scheduled, never two runs of one task at once. A zero or negative interval schedules
 * nothing (how configuration turns a task off). The scheduler looks at its triggers once a second, so an interval
 * under a second is taken as a second; the held history's sub-second poll keeps its own thread ({@link Periodic}).
 */
@ApplicationScoped
public class PeriodicTasks {
    private static final Logger LOG = Logger.getLogger(PeriodicTasks.class);
    /** How often the scheduler looks at its triggers. */
    private static final Duration FINEST = Duration.ofSeconds(1);
    private final Scheduler scheduler;

    public PeriodicTasks(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void every(String name, Duration interval, Runnable task) {
        if (interval.isZero() || interval.isNegative()) return;
        String every = (interval.compareTo(FINEST) < 0 ? FINEST : interval).toString();
        scheduler.newJob(name)
                .setInterval(every)
                .setDelayed(every)
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> {
                    // Logged here with the task's name; the schedule stays in force for the next run.
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "%s failed; it runs again in %s", name, interval);
                    }
                })
                .schedule();
    }
}
