package cn.procuratorate.evidence.node.verification;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.evidence.EvidenceHoldings;
import cn.procuratorate.evidence.node.evidence.Holding;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.store.EvidenceVerification;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Re-hashes the stored bytes of an item this node holds against the ledger's registration and
 * records the result as a VERIFIED custody event, so that every check (passed or failed) is part
 * of the item's provable history.
 */
@Service
public class ItemVerification {

  private static final Logger log = LoggerFactory.getLogger(ItemVerification.class);

  private final EvidenceHoldings holdings;
  private final EvidenceVault vault;
  private final CustodyLedger ledger;
  private final Clock clock;

  public ItemVerification(EvidenceHoldings holdings, EvidenceVault vault, CustodyLedger ledger, Clock clock) {
    this.holdings = holdings;
    this.vault = vault;
    this.ledger = ledger;
    this.clock = clock;
  }

  public ItemVerificationReport verify(String evidenceId, String userLedgerId) {
    Holding holding = holdings.usable(evidenceId);
    Evidence registered = holdings.ledgerRecord(evidenceId);
    EvidenceVerification checked = vault.verify(
        holding.objectKey(), holding.versionId(), registered.sha256(), registered.sm3());
    Verdict verdict = verdictOf(checked, registered);
    String detail = detailOf(verdict, checked, holding);
    if (verdict != Verdict.INTACT) {
      log.error("INTEGRITY FAILURE of {}: {}", evidenceId, detail);
    }
    String txId = null;
    Long block = null;
    String recordingError = null;
    try {
      Committed<CustodyEvent> recorded =
          ledger.recordVerification(evidenceId, verdict == Verdict.INTACT, detail, userLedgerId);
      txId = recorded.transactionId();
      block = recorded.blockNumber();
    } catch (LedgerRefusal | LedgerUnavailableException e) {
      recordingError = e.getMessage();
      log.warn("verification of {} not recorded on the ledger: {}", evidenceId, e.getMessage());
    }
    ItemVerificationReport.Measured measured = checked.actual() == null ? null
        : new ItemVerificationReport.Measured(checked.actual().sha256(), checked.actual().sm3(), checked.size());
    return new ItemVerificationReport(evidenceId, verdict,
        holding.owned() ? "OWNER" : "RECEIVED_COPY", registered, measured, checked.newerVersions(),
        txId, block, recordingError, ledger.timeline(evidenceId), clock.instant());
  }

  private static Verdict verdictOf(EvidenceVerification checked, Evidence registered) {
    return switch (checked.verdict()) {
      case MISSING -> Verdict.MISSING;
      case ALTERED -> Verdict.ALTERED;
      case INTACT -> checked.size() == registered.size() ? Verdict.INTACT : Verdict.ALTERED;
    };
  }

  /** Goes on the channel: ids and facts only, nothing from the item's title or description. */
  private static String detailOf(Verdict verdict, EvidenceVerification checked, Holding holding) {
    String what = holding.owned() ? "stored original" : "received copy " + holding.copy().copyId();
    String newer = checked.newerVersionPresent()
        ? "; " + checked.newerVersions().size() + " newer object version(s) present, not served"
        : "";
    return switch (verdict) {
      case INTACT -> what + " re-hashed: SHA-256 and SM3 match the ledger" + newer;
      case ALTERED -> what + " re-hashed: bytes differ from the ledger" + newer;
      case MISSING -> what + " is missing from the bucket" + newer;
    };
  }
}
