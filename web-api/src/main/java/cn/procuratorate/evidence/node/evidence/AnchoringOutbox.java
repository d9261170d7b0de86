package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.store.EvidenceStoreException;
import cn.procuratorate.evidence.store.StoredEvidence;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings every stored item onto the ledger, however often the ledger or the node failed. At start
 * it first settles the uploads a crash interrupted: a STORING row whose write finished in the
 * bucket becomes PENDING (its hashes measured from the stored bytes), one whose write did not
 * finish is dropped (the bucket holds nothing for it, and the client never got an answer).
 */
@Component
public class AnchoringOutbox {

  private static final Logger log = LoggerFactory.getLogger(AnchoringOutbox.class);
  private static final int BATCH = 50;

  private final EvidenceItems items;
  private final EvidenceAnchoring anchoring;
  private final EvidenceVault vault;
  private final RetrySchedule schedule;
  /** Rows in STORING created before this are leftovers of an earlier run, not live uploads. */
  private final Instant startedAt;
  private volatile boolean interruptedUploadsSettled;

  public AnchoringOutbox(
      EvidenceItems items, EvidenceAnchoring anchoring, EvidenceVault vault, RetrySchedule schedule) {
    this.items = items;
    this.anchoring = anchoring;
    this.vault = vault;
    this.schedule = schedule;
    this.startedAt = schedule.now();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void resume() {
    int pending = items.resumePending(schedule.now());
    if (pending > 0) {
      log.info("{} stored items wait for the ledger; resuming", pending);
    }
    settleInterruptedUploads();
  }

  @Scheduled(
      fixedDelayString = "${evidence.outbox.interval:2s}",
      initialDelayString = "${evidence.outbox.interval:2s}")
  public void run() {
    if (!interruptedUploadsSettled) {
      settleInterruptedUploads();
    }
    List<String> due = items.dueForAnchoring(schedule.now(), BATCH);
    for (String evidenceId : due) {
      anchoring.attempt(evidenceId);
    }
  }

  void settleInterruptedUploads() {
    try {
      for (EvidenceItem item : items.storing()) {
        if (item.createdAt().isBefore(startedAt)) {
          settle(item);
        }
      }
      interruptedUploadsSettled = true;
    } catch (EvidenceStoreException e) {
      log.warn("cannot look into the bucket yet to settle interrupted uploads: {}", e.getMessage());
    }
  }

  private void settle(EvidenceItem item) {
    Optional<StoredEvidence> finished = vault.findFinishedWrite(item.evidenceId(), item.mediaType());
    if (finished.isPresent()) {
      items.markStored(item.evidenceId(), finished.get(), schedule.now());
      log.warn("upload {} was interrupted after its bytes were stored ({} bytes): anchoring it",
          item.evidenceId(), finished.get().size());
    } else {
      items.deleteStoring(item.evidenceId());
      log.warn("upload {} was interrupted before its bytes were stored: dropped", item.evidenceId());
    }
  }
}
