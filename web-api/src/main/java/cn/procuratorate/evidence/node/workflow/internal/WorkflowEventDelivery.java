package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.client.LedgerEventHandler;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult;
import java.time.Duration;
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
 * so it is logged and passed.
 */
final class WorkflowEventDelivery implements LedgerEventHandler {

  private static final Logger log = LoggerFactory.getLogger(WorkflowEventDelivery.class);

  private final LedgerEventTranslator translator;
  private final LedgerEventRouter router;
  private final int attemptsInPlace;
  private final Duration pause;

  WorkflowEventDelivery(LedgerEventTranslator translator, LedgerEventRouter router, int attemptsInPlace,
      Duration pause) {
    this.translator = translator;
    this.router = router;
    this.attemptsInPlace = Math.max(1, attemptsInPlace);
    this.pause = pause;
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
        log.info("{} {} (block {}): {} {}", notice.type(), notice.businessKey(), event.blockNumber(),
            result.outcome(), result.detail());
        return;
      }
      if (attempt >= attemptsInPlace) {
        throw new IllegalStateException(notice.type() + " " + notice.businessKey() + " not deliverable yet: "
            + (result == null ? "concurrent change" : result.detail()) + "; the feed will deliver it again");
      }
      Thread.sleep(pause.toMillis() * attempt);
    }
  }
}
