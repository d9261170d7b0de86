package cn.procuratorate.evidence.node.ledger;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import java.util.List;
import java.util.Optional;

/**
 * Evidence custody on the ledger as this node sees it, acting for its own agency.
 *
 * <p>Every method throws {@link cn.procuratorate.evidence.ledger.model.LedgerRefusal} when a ledger
 * rule refuses (the same request will be refused again) and {@link LedgerUnavailableException}
 * when the ledger did not answer or commit.
 */
public interface CustodyLedger {

  /** The MSP id the node acts as. */
  String mspId();

  /** Anchors an item; the same id with the same hashes again returns the stored record. */
  Committed<Evidence> register(EvidenceRegistration registration);

  Optional<Evidence> find(String evidenceId);

  List<Evidence> findBySha256(String sha256);

  List<Evidence> findBySm3(String sm3);

  Committed<AccessGrant> grant(String evidenceId, String granteeMsp);

  Committed<AccessGrant> revoke(String evidenceId, String granteeMsp);

  boolean hasAccess(String evidenceId, String mspId);

  Committed<CustodyEvent> recordReceipt(
      String evidenceId, String sha256, String sm3, boolean verified, String detail, String user);

  Committed<CustodyEvent> recordVerification(
      String evidenceId, boolean verified, String detail, String user);

  /** Records a batch of reads in one transaction; returns its id. */
  String recordAccesses(List<AccessRecord> accesses);

  List<CustodyEvent> timeline(String evidenceId);

  /** Asks the ledger what became of a transaction whose submit or commit status was lost. */
  Reconciliation reconcile(String transactionId);

  /** Height of the channel at the node's peer (health check). */
  long chainHeight();
}
