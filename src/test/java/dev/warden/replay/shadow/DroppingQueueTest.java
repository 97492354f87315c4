package dev.warden.replay.shadow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DroppingQueueTest {
    @Test
    void aFullQueueDropsAndCountsInsteadOfWaiting() throws InterruptedException {
        DroppingQueue<Integer> queue = new DroppingQueue<>(2);
        for (int i = 0; i < 5; i++) queue.offer(i);
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.takeDropped()).isEqualTo(3);
        assertThat(queue.takeDropped()).as("each drop is reported once").isZero();
        assertThat(queue.take(10, 0)).containsExactly(0, 1);
        assertThat(queue.take(10, 10)).isEmpty();
    }
}
