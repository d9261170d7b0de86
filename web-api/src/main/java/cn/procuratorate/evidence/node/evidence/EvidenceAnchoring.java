package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.node.ledger.Reconciliation;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One attempt to bring a PENDING item onto the ledger. A registration whose outcome was left
 * uncertain is reconciled by its transaction id first and only resubmitted when the ledger does
 * not have it; resubmitting is safe anyway because registering the same id and hashes twice is a
 * no-op in the chaincode, which is what makes "anchored exactly once" hold across crashes.
 */
@Service
public class EvidenceAnchoring {

  private static final Logger log = LoggerFactory.getLogger(EvidenceAnchoring.class);

  private final EvidenceItems items;
  private final CustodyLedger ledger;
  private final RetrySchedule schedule;
  /** The upload thread and the outbox must not work on the same item at once. */
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  public EvidenceAnchoring(EvidenceItems items, CustodyLedger ledger, RetrySchedule schedule) {
    this.items = items;
    this.ledger = ledger;
    this.schedule = schedule;
  }

  private record Anchor(String txId, long blockNumber) {}

  public AnchoringResult attempt(String evidenceId) {
    if (!inFlight.add(evidenceId)) {
      return new AnchoringResult(items.find(evidenceId).orElseThrow(), null);
    }
    try {
      EvidenceItem item = items.find(evidenceId).orElseThrow();
      if (item.status() != AnchorStatus.PENDING) {
        return new AnchoringResult(item, null);
      }
      LedgerRefusal refusal = anchor(item);
      return new AnchoringResult(items.find(evidenceId).orElseThrow(), refusal);
    } finally {
      inFlight.remove(evidenceId);
    }
  }

  /** Returns the refusal when the ledger refused the item, else {@code null}. */
  private LedgerRefusal anchor(EvidenceItem item) {
    String id = item.evidenceId();
    try {
      Anchor anchor = item.uncertainTxId() == null ? register(item) : reconcileThenRegister(item);
      items.markAnchored(id, anchor.txId(), anchor.blockNumber(), schedule.now());
      log.info("anchored {} in tx {} block {}", id, anchor.txId(), anchor.blockNumber());
      return null;
    } catch (LedgerRefusal refusal) {
      items.markRefused(id, refusal.getMessage());
      log.error("ledger refused to anchor {}: {}", id, refusal.getMessage());
      return refusal;
    } catch (LedgerUnavailableException e) {
      String uncertain = e.outcomeUncertain() ? e.transactionId() : null;
      items.markAttemptFailed(id, e.getMessage(), uncertain, schedule.nextAttemptAfter(item.attempts() + 1));
      log.warn("anchoring {} failed (attempt {}{}): {}", id, item.attempts() + 1,
          uncertain == null ? "" : ", outcome of tx " + uncertain + " uncertain", e.getMessage());
      return null;
    }
  }

  private Anchor reconcileThenRegister(EvidenceItem item) {
    Reconciliation outcome;
    try {
      outcome = ledger.reconcile(item.uncertainTxId());
    } catch (LedgerUnavailableException e) {
      // Could not even ask: the earlier transaction stays the one to reconcile.
      throw new LedgerUnavailableException(e.getMessage(), item.uncertainTxId(), true, e);
    }
    if (!outcome.committed()) {
      return register(item); // not on the ledger: a new transaction, idempotent in the chaincode
    }
    Evidence anchored =
        ledger.find(item.evidenceId())
            .orElseThrow(() -> new LedgerUnavailableException(
                "tx " + outcome.transactionId() + " committed but the item is not readable yet",
                outcome.transactionId(), true, null));
    return anchorOf(anchored, outcome.transactionId(), outcome.blockNumber());
  }

  private Anchor register(EvidenceItem item) {
    Committed<Evidence> committed = ledger.register(registrationOf(item));
    return anchorOf(committed.value(), committed.transactionId(), committed.blockNumber());
  }

  /**
   * The anchor is the transaction that registered the item. When ours was a repeat (an earlier,
   * uncertain attempt did commit), the ledger's registration names the earlier one.
   */
  private Anchor anchorOf(Evidence anchored, String txId, long blockNumber) {
    if (anchored.registrationTxId().equals(txId)) {
      return new Anchor(txId, blockNumber);
    }
    long block = -1;
    try {
      block = ledger.reconcile(anchored.registrationTxId()).blockNumber();
    } catch (LedgerUnavailableException e) {
      log.warn("block of registration {} unknown for now", anchored.registrationTxId());
    }
    return new Anchor(anchored.registrationTxId(), block);
  }

  static EvidenceRegistration registrationOf(EvidenceItem item) {
    return new EvidenceRegistration(
        item.evidenceId(),
        item.sha256(),
        item.sm3(),
        item.size(),
        item.mediaType(),
        item.caseRef(),
        item.uploader(),
        item.metadataDigest());
  }
}
