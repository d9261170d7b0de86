package cn.procuratorate.evidence.node.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Exponential backoff for ledger writes the outboxes retry. */
public final class RetrySchedule {

  private final OutboxSettings settings;
  private final Clock clock;

  public RetrySchedule(OutboxSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** When to try again after {@code failures} failed attempts (1 = the first failure). */
  public Instant nextAttemptAfter(int failures) {
    Duration wait = settings.initialBackoff();
    for (int i = 1; i < failures && wait.compareTo(settings.maxBackoff()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    if (wait.compareTo(settings.maxBackoff()) > 0) {
      wait = settings.maxBackoff();
    }
    return clock.instant().plus(wait);
  }

  public Instant firstAttempt() {
    return clock.instant().plus(settings.firstAttemptDelay());
  }

  public boolean anchorWhileClientWaits() {
    return settings.firstAttemptDelay().isZero();
  }
}
