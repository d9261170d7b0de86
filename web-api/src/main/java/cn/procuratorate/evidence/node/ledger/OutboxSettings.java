package cn.procuratorate.evidence.node.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code evidence.outbox.*}: how ledger writes that failed are retried (anchoring, receipts).
 *
 * @param interval how often the outboxes look for work
 * @param initialBackoff wait after the first failure; doubles per failure up to {@code maxBackoff}
 * @param firstAttemptDelay delay before an upload's first anchoring attempt; zero (anchor while the
 *     client waits) except in tests that need a window to kill the node between store and anchor
 */
@ConfigurationProperties("evidence.outbox")
public record OutboxSettings(
    @DefaultValue("2s") Duration interval,
    @DefaultValue("1s") Duration initialBackoff,
    @DefaultValue("60s") Duration maxBackoff,
    @DefaultValue("0s") Duration firstAttemptDelay) {

  public static OutboxSettings defaults() {
    return new OutboxSettings(
        Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ZERO);
  }
}
