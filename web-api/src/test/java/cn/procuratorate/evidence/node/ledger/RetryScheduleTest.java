package cn.procuratorate.evidence.node.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.node.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));

  @Test
  void doublesTheWaitUpToTheMaximum() {
    RetrySchedule schedule = new RetrySchedule(
        new OutboxSettings(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ZERO), clock);
    assertThat(waits(schedule, 1, 2, 3, 4, 5, 50)).containsExactly(1L, 2L, 4L, 8L, 10L, 10L);
    assertThat(schedule.anchorWhileClientWaits()).isTrue();
  }

  @Test
  void canDelayTheFirstAttemptForCrashTests() {
    RetrySchedule schedule = new RetrySchedule(
        new OutboxSettings(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(2)), clock);
    assertThat(schedule.anchorWhileClientWaits()).isFalse();
    assertThat(schedule.firstAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
  }

  private Long[] waits(RetrySchedule schedule, int... failures) {
    Long[] seconds = new Long[failures.length];
    for (int i = 0; i < failures.length; i++) {
      seconds[i] = Duration.between(clock.instant(), schedule.nextAttemptAfter(failures[i])).toSeconds();
    }
    return seconds;
  }
}
