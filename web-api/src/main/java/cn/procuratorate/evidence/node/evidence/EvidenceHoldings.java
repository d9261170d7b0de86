package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Finds what this node holds of an item and whether its agency may use it now. The answer for
 * something it does not hold tells apart "no such item", "no grant" and "not fetched yet".
 */
@Service
public class EvidenceHoldings {

  private final EvidenceItems items;
  private final ReceivedCopies copies;
  private final CustodyLedger ledger;

  public EvidenceHoldings(EvidenceItems items, ReceivedCopies copies, CustodyLedger ledger) {
    this.items = items;
    this.copies = copies;
    this.ledger = ledger;
  }

  /** The item's registration on the ledger, which every check is made against. */
  public Evidence ledgerRecord(String evidenceId) {
    return ledger.find(evidenceId)
        .orElseThrow(() -> new EvidenceProblem(ProblemKind.EVIDENCE_NOT_FOUND,
            "no evidence " + evidenceId + " on the ledger").with("evidenceId", evidenceId));
  }

  /**
   * What the node holds and may use: its own anchored item, or a verified copy while the owner's
   * grant still holds on the ledger.
   */
  public Holding usable(String evidenceId) {
    EvidenceIds.requireValid(evidenceId);
    Optional<EvidenceItem> own = items.find(evidenceId);
    if (own.isPresent()) {
      if (own.get().status() != AnchorStatus.ANCHORED) {
        throw new EvidenceProblem(ProblemKind.NOT_ANCHORED,
            "evidence " + evidenceId + " is " + own.get().status()
                + " and cannot be checked against the ledger yet")
            .with("evidenceId", evidenceId).with("anchorStatus", own.get().status().name());
      }
      return new Holding(own.get(), null);
    }
    Optional<ReceivedCopy> copy = copies.latestVerified(evidenceId);
    if (copy.isEmpty()) {
      throw notHeld(evidenceId);
    }
    requireGrant(evidenceId);
    return new Holding(null, copy.get());
  }

  public void requireGrant(String evidenceId) {
    if (!ledger.hasAccess(evidenceId, ledger.mspId())) {
      throw new EvidenceProblem(ProblemKind.NO_GRANT,
          "the ledger grants " + ledger.mspId() + " no access to evidence " + evidenceId)
          .with("evidenceId", evidenceId);
    }
  }

  private EvidenceProblem notHeld(String evidenceId) {
    ledgerRecord(evidenceId); // 404 when the ledger has no such item at all
    requireGrant(evidenceId);
    return new EvidenceProblem(ProblemKind.NOT_HELD,
        "this node holds no verified copy of " + evidenceId
            + "; fetch it from its owner first (POST /api/evidence/" + evidenceId + "/fetch)")
        .with("evidenceId", evidenceId);
  }
}
