package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.client.LedgerEventHandler;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each ledger event to the workflow router, on the event stream's one thread. An event that
 * arrives a moment before its process waits for it ({@code NOT_YET_WAITING}: the other agency was
 * faster than this engine's commit) is tried again in place a few times, then thrown: the stream
 * backs off and delivers it again without moving its checkpoint, so it is never skipped. A
 * duplicate is a no-op in the router; a payload that does not decode would block the feed forever,
 * so it is logged and passed. The same holds for an event that stays undeliverable longer than
 * {@code parkAfter} (a process that will never wait for it, e.g. a supervision escalated before
 * it was answered): it is parked — logged as an error with everything needed to replay it by hand —
 * and the feed moves on, because one stray event must not stop every hand-off behind it.
 */
final class WorkflowEventDelivery implements LedgerEventHandler {

  private static final Logger log = LoggerFactory.getLogger(WorkflowEventDelivery.class);

  private final LedgerEventTranslator translator;
  private final LedgerEventRouter router;
  private final int attemptsInPlace;
  private final Duration pause;
  private final Duration parkAfter;
  private final Clock clock;
  /** When each still-undeliverable event was first tried; only the stream's one thread uses it. */
  private final Map<String, Instant> firstTried = new HashMap<>();

  WorkflowEventDelivery(LedgerEventTranslator translator, LedgerEventRouter router, int attemptsInPlace,
      Duration pause) {
    this(translator, router, attemptsInPlace, pause, Duration.ofMinutes(10), Clock.systemUTC());
  }

  WorkflowEventDelivery(LedgerEventTranslator translator, LedgerEventRouter router, int attemptsInPlace,
      Duration pause, Duration parkAfter, Clock clock) {
    this.translator = translator;
    this.router = router;
    this.attemptsInPlace = Math.max(1, attemptsInPlace);
    this.pause = pause;
    this.parkAfter = parkAfter;
    this.clock = clock;
  }

  @Override
  public void handle(DeliveredEvent event) throws InterruptedException {
    Optional<LedgerEventNotice> notice;
    try {
      notice = translator.toNotice(event);
    } catch (RuntimeException undecodable) {
      log.error("ledger event {} cannot be read and is skipped: {}", event, undecodable.toString());
      return;
    }
    if (notice.isPresent()) {
      deliver(notice.get(), event);
    }
  }

  private void deliver(LedgerEventNotice notice, DeliveredEvent event) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      RouteResult result;
      try {
        result = router.route(notice);
      } catch (OptimisticLockingException concurrentChange) {
        result = null; // the instance moved meanwhile (a job of its own): deliver again
      }
      if (result != null && result.settled()) {
        firstTried.remove(event.transactionId());
        if (result.outcome() == RouteResult.Outcome.IGNORED) {
          log.debug("{} {}: {}", notice.type(), notice.businessKey(), result.detail());
        } else {
          log.info("{} {} (block {}): {} {}", notice.type(), notice.businessKey(), event.blockNumber(),
              result.outcome(), result.detail());
        }
        return;
      }
      if (attempt >= attemptsInPlace) {
        Instant first = firstTried.computeIfAbsent(event.transactionId(), tx -> clock.instant());
        if (Duration.between(first, clock.instant()).compareTo(parkAfter) >= 0) {
          firstTried.remove(event.transactionId());
          log.error("PARKED ledger event {} {} (tx {}, block {}): undeliverable for {} ({}); the feed moves on",
              notice.type(), notice.businessKey(), event.transactionId(), event.blockNumber(), parkAfter,
              result == null ? "concurrent change" : result.detail());
          return;
        }
        throw new IllegalStateException(notice.type() + " " + notice.businessKey() + " not deliverable yet: "
            + (result == null ? "concurrent change" : result.detail()) + "; the feed will deliver it again");
      }
      Thread.sleep(pause.toMillis() * attempt);
    }
  }
}
