package cn.procuratorate.evidence.node.ledger.internal;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.EvidenceLedger;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerException;
import cn.procuratorate.evidence.ledger.client.TransactionOutcome;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.node.ledger.Reconciliation;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link CustodyLedger} over the node's one Fabric Gateway connection. */
final class FabricCustodyLedger implements CustodyLedger {

  private final LedgerConnection connection;
  private final EvidenceLedger evidence;

  FabricCustodyLedger(LedgerConnection connection) {
    this.connection = connection;
    this.evidence = connection.evidence();
  }

  @Override
  public String mspId() {
    return connection.mspId();
  }

  @Override
  public Committed<Evidence> register(EvidenceRegistration registration) {
    return call(() -> evidence.register(registration));
  }

  @Override
  public Optional<Evidence> find(String evidenceId) {
    return call(() -> evidence.get(evidenceId));
  }

  @Override
  public List<Evidence> findBySha256(String sha256) {
    return call(() -> evidence.findBySha256(sha256));
  }

  @Override
  public List<Evidence> findBySm3(String sm3) {
    return call(() -> evidence.findBySm3(sm3));
  }

  @Override
  public Committed<AccessGrant> grant(String evidenceId, String granteeMsp) {
    return call(() -> evidence.grant(evidenceId, granteeMsp));
  }

  @Override
  public Committed<AccessGrant> revoke(String evidenceId, String granteeMsp) {
    return call(() -> evidence.revoke(evidenceId, granteeMsp));
  }

  @Override
  public boolean hasAccess(String evidenceId, String mspId) {
    return call(() -> evidence.hasAccess(evidenceId, mspId));
  }

  @Override
  public Committed<CustodyEvent> recordReceipt(
      String evidenceId, String sha256, String sm3, boolean verified, String detail, String user) {
    return call(() -> evidence.receipt(evidenceId, sha256, sm3, verified, detail, user));
  }

  @Override
  public Committed<CustodyEvent> recordVerification(
      String evidenceId, boolean verified, String detail, String user) {
    return call(() -> evidence.verification(evidenceId, verified, detail, user));
  }

  @Override
  public String recordAccesses(List<AccessRecord> accesses) {
    return call(() -> evidence.accesses(accesses)).transactionId();
  }

  @Override
  public List<CustodyEvent> timeline(String evidenceId) {
    return call(() -> evidence.timeline(evidenceId));
  }

  @Override
  public Reconciliation reconcile(String transactionId) {
    TransactionOutcome outcome = call(() -> connection.reconcile(transactionId));
    return new Reconciliation(
        transactionId,
        Reconciliation.Status.valueOf(outcome.status().name()),
        outcome.blockNumber().orElse(-1),
        outcome.mayResubmit());
  }

  @Override
  public long chainHeight() {
    return call(() -> connection.chainInfo().height());
  }

  /** Reduces the client's per-stage failures to "refused" or "not committed (maybe later)". */
  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (LedgerException e) {
      Optional<LedgerRefusal> refusal = e.refusal();
      if (refusal.isPresent()) {
        LedgerRefusal refused = new LedgerRefusal(refusal.get().code(), refusal.get().detail());
        refused.initCause(e);
        throw refused;
      }
      throw new LedgerUnavailableException(
          e.getMessage(), e.transactionId(), e.outcomeUncertain(), e);
    }
  }
}
