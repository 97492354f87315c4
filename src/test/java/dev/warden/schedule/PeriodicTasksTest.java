package dev.warden.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/** Tasks on the Quarkus scheduler: they repeat, a failure does not end the schedule, a zero interval is off. */
@QuarkusTest
class PeriodicTasksTest {
    @Inject
    PeriodicTasks periodic;

    @Inject
    Scheduler scheduler;

    @AfterEach
    void unschedule() {
        scheduler.unscheduleJob("test-repeats");
        scheduler.unscheduleJob("test-fails");
    }

    @Test
    void aTaskRunsAgainAndAgain() {
        AtomicInteger runs = new AtomicInteger();
        periodic.every("test-repeats", Duration.ofSeconds(1), runs::incrementAndGet);
        assertThat(runs).as("the first run waits one interval").hasValue(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 2);
    }

    @Test
    void aFailingRunKeepsTheSchedule() {
        AtomicInteger runs = new AtomicInteger();
        periodic.every("test-fails", Duration.ofSeconds(1), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("this run fails");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() >= 2);
    }

    @Test
    void aZeroIntervalSchedulesNothing() {
        periodic.every("test-off", Duration.ZERO, () -> { });
        periodic.every("test-negative", Duration.ofSeconds(-1), () -> { });
        assertThat(scheduler.getScheduledJob("test-off")).isNull();
        assertThat(scheduler.getScheduledJob("test-negative")).isNull();
    }

    @Test
    void theServiceSchedulesItsPeriodicWork() {
        // %test turns the list refresh off; the clearance poll and the rules folder watch are on.
        assertThat(scheduler.getScheduledJob("clearance-poll")).isNotNull();
        assertThat(scheduler.getScheduledJob("watchlist-refresh")).isNull();
    }
}
