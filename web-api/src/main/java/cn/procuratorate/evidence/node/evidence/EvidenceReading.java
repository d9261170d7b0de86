package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.access.AccessLog;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.node.storage.VerifiedContent;
import cn.procuratorate.evidence.store.EvidenceIntegrityException;
import cn.procuratorate.evidence.store.EvidenceNotFoundException;
import cn.procuratorate.evidence.store.StoredVersion;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Opens evidence for reading, always against the ledger's hashes: exactly the object version the
 * node wrote, hashed in full before the first byte goes out and again on the way. Bytes that do
 * not match are never delivered; the mismatch goes on the ledger as a failed VERIFIED event.
 * Each read is queued as an ACCESSED record.
 */
@Service
public class EvidenceReading {

  private static final Logger log = LoggerFactory.getLogger(EvidenceReading.class);

  private final EvidenceHoldings holdings;
  private final EvidenceItems items;
  private final EvidenceVault vault;
  private final CustodyLedger ledger;
  private final IntegrityAlarm alarm;
  private final AccessLog accesses;

  public EvidenceReading(EvidenceHoldings holdings, EvidenceItems items, EvidenceVault vault,
      CustodyLedger ledger, IntegrityAlarm alarm, AccessLog accesses) {
    this.holdings = holdings;
    this.items = items;
    this.vault = vault;
    this.ledger = ledger;
    this.alarm = alarm;
    this.accesses = accesses;
  }

  /** A read by one of this node's users: its own item or a received copy under a holding grant. */
  public Delivery openForUser(String evidenceId, String userLedgerId) {
    Holding holding = holdings.usable(evidenceId);
    Delivery delivery = open(evidenceId, holding, userLedgerId);
    accesses.record(evidenceId, userLedgerId, "download by a user of " + ledger.mspId());
    return delivery;
  }

  /**
   * A read by another agency's node over the exchange: only the owner serves, only under a grant
   * that holds on the ledger now. Items this node does not own look like unknown ones.
   */
  public Delivery openForAgency(String evidenceId, String callerMsp) {
    EvidenceIds.requireValid(evidenceId);
    EvidenceItem item =
        items.find(evidenceId)
            .filter(i -> i.status() == AnchorStatus.ANCHORED)
            .orElseThrow(() -> new EvidenceProblem(ProblemKind.EVIDENCE_NOT_FOUND,
                "this node owns no anchored evidence " + evidenceId).with("evidenceId", evidenceId));
    if (!ledger.hasAccess(evidenceId, callerMsp)) {
      throw new EvidenceProblem(ProblemKind.NO_GRANT,
          "the ledger grants " + callerMsp + " no access to evidence " + evidenceId)
          .with("evidenceId", evidenceId);
    }
    String reader = "exchange." + callerMsp;
    Delivery delivery = open(evidenceId, new Holding(item, null), reader);
    accesses.record(evidenceId, reader, "sent to " + callerMsp + " over the node exchange");
    return delivery;
  }

  /** The stream failed its second hash while being sent: the reader got no complete content. */
  public void reportBrokenDelivery(String evidenceId, Exception failure, String reader) {
    alarm.raise(evidenceId, "bytes changed while being read: " + failure.getMessage(), reader);
  }

  private Delivery open(String evidenceId, Holding holding, String reader) {
    Evidence registered = holdings.ledgerRecord(evidenceId);
    VerifiedContent content;
    try {
      content = vault.openVerified(
          holding.objectKey(), holding.versionId(), registered.sha256(), registered.sm3());
    } catch (EvidenceIntegrityException | EvidenceNotFoundException e) {
      alarm.raise(evidenceId, "read refused: " + e.getMessage(), reader);
      throw e;
    }
    List<StoredVersion> newer = vault.newerVersionsThan(holding.objectKey(), holding.versionId());
    if (!newer.isEmpty()) {
      log.warn("{} has {} newer version(s) in the bucket that the node did not write; serving "
          + "the node's own version {}", evidenceId, newer.size(), holding.versionId());
    }
    return new Delivery(evidenceId, content, holding.fileName(), registered, newer);
  }
}
