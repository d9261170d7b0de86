package cn.procuratorate.evidence.node.exchange;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.evidence.ReceiptStatus;
import cn.procuratorate.evidence.node.evidence.ReceivedCopies;
import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.node.ledger.Reconciliation;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Puts the RECEIVED record of a fetched copy on the ledger, and keeps trying until it is there.
 * Receipts are not idempotent on the ledger (each is an event of its own), so an uncertain one is
 * reconciled by its transaction id and only resubmitted when the ledger does not have it.
 */
@Service
public class ReceiptRecording {

  private static final Logger log = LoggerFactory.getLogger(ReceiptRecording.class);
  private static final int BATCH = 50;

  private final ReceivedCopies copies;
  private final CustodyLedger ledger;
  private final RetrySchedule schedule;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  public ReceiptRecording(ReceivedCopies copies, CustodyLedger ledger, RetrySchedule schedule) {
    this.copies = copies;
    this.ledger = ledger;
    this.schedule = schedule;
  }

  @Scheduled(
      fixedDelayString = "${evidence.outbox.interval:2s}",
      initialDelayString = "${evidence.outbox.interval:2s}")
  public void retryPending() {
    List<String> due = copies.dueForReceipt(schedule.now(), BATCH);
    due.forEach(this::attempt);
  }

  public ReceivedCopy attempt(String copyId) {
    if (inFlight.add(copyId)) {
      try {
        ReceivedCopy copy = copies.find(copyId).orElseThrow();
        if (copy.receiptStatus() == ReceiptStatus.PENDING) {
          record(copy);
        }
      } finally {
        inFlight.remove(copyId);
      }
    }
    return copies.find(copyId).orElseThrow();
  }

  private void record(ReceivedCopy copy) {
    try {
      if (copy.uncertainTxId() != null && committedAfterAll(copy)) {
        return;
      }
      Committed<CustodyEvent> receipt = ledger.recordReceipt(copy.evidenceId(), copy.sha256(),
          copy.sm3(), copy.verified(), copy.detail(), copy.receivedBy());
      copies.markRecorded(copy.copyId(), receipt.transactionId(), receipt.blockNumber());
      log.info("RECEIVED {} (verified {}) recorded in tx {}", copy.evidenceId(), copy.verified(),
          receipt.transactionId());
    } catch (LedgerRefusal refusal) {
      copies.markRefused(copy.copyId(), refusal.getMessage());
      log.error("ledger refused the receipt of {}: {}", copy.evidenceId(), refusal.getMessage());
    } catch (LedgerUnavailableException e) {
      String uncertain = e.outcomeUncertain() ? e.transactionId() : null;
      copies.markAttemptFailed(copy.copyId(), e.getMessage(), uncertain,
          schedule.nextAttemptAfter(copy.attempts() + 1));
      log.warn("receipt of {} waits for the ledger: {}", copy.evidenceId(), e.getMessage());
    }
  }

  private boolean committedAfterAll(ReceivedCopy copy) {
    Reconciliation outcome;
    try {
      outcome = ledger.reconcile(copy.uncertainTxId());
    } catch (LedgerUnavailableException e) {
      throw new LedgerUnavailableException(e.getMessage(), copy.uncertainTxId(), true, e);
    }
    if (outcome.committed()) {
      copies.markRecorded(copy.copyId(), outcome.transactionId(), outcome.blockNumber());
      return true;
    }
    return false;
  }
}
