package cn.procuratorate.evidence.node.testsupport;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.node.ledger.Reconciliation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The ledger's evidence rules in memory, acting as one agency, with switches for the failures the
 * node must survive: unreachable, a submit whose outcome is lost (committed or not), a refusal.
 */
public final class FakeCustodyLedger implements CustodyLedger {

  public static final String SELF = "PoliceMSP";

  private final Map<String, Evidence> evidence = new HashMap<>();
  private final Map<String, AccessGrant> grants = new HashMap<>();
  private final Map<String, List<CustodyEvent>> timelines = new HashMap<>();
  private final Map<String, Long> committedTx = new HashMap<>();
  private final List<List<AccessRecord>> accessBatches = new ArrayList<>();
  private final AtomicInteger txCounter = new AtomicInteger();
  private long height = 10;

  public boolean unavailable;
  public boolean reconcileUnavailable;
  /** The next submit fails with an uncertain outcome; it commits anyway when this says so. */
  public Boolean nextSubmitLostCommitting;
  /** The next submit is refused with this code. */
  public ErrorCode nextSubmitRefusal;
  public int registerCalls;
  public int receiptCalls;

  public synchronized void reset() {
    evidence.clear();
    grants.clear();
    timelines.clear();
    committedTx.clear();
    accessBatches.clear();
    unavailable = false;
    reconcileUnavailable = false;
    nextSubmitLostCommitting = null;
    nextSubmitRefusal = null;
    registerCalls = 0;
    receiptCalls = 0;
  }

  @Override
  public String mspId() {
    return SELF;
  }

  /** An item registered by another agency, as if its node had anchored it. */
  public synchronized Evidence registerForeign(String ownerMsp, String evidenceId, byte[] content, String mediaType) {
    var digests = cn.procuratorate.evidence.store.digest.EvidenceDigests.of(content);
    String tx = newTx();
    Evidence record = new Evidence(1, evidenceId, digests.sha256(), digests.sm3(), content.length,
        mediaType, "CASE-9", ownerMsp, "someone", "", Instant.parse("2025-03-01T08:00:00Z"), tx);
    evidence.put(evidenceId, record);
    append(evidenceId, CustodyEventType.REGISTERED, ownerMsp, "someone", tx);
    return record;
  }

  public synchronized void grantForeign(String evidenceId, String granteeMsp) {
    Evidence item = evidence.get(evidenceId);
    grants.put(evidenceId + "/" + granteeMsp,
        AccessGrant.granted(evidenceId, granteeMsp, item.ownerMsp(), Instant.now()));
  }

  public synchronized List<CustodyEvent> events(String evidenceId) {
    return List.copyOf(timelines.getOrDefault(evidenceId, List.of()));
  }

  public synchronized List<List<AccessRecord>> accessBatches() {
    return List.copyOf(accessBatches);
  }

  @Override
  public synchronized Committed<Evidence> register(EvidenceRegistration registration) {
    registration.validated();
    registerCalls++;
    return submit(() -> {
      Evidence existing = evidence.get(registration.evidenceId());
      if (existing != null) {
        if (!existing.hasSameContentAs(registration, SELF)) {
          throw new LedgerRefusal(ErrorCode.CONFLICT, "registered with other hashes");
        }
        return existing;
      }
      String tx = pendingTx;
      Evidence record = new Evidence(1, registration.evidenceId(), registration.sha256(),
          registration.sm3(), registration.size(), registration.mediaType(), registration.caseRef(),
          SELF, registration.uploader(), registration.metadataDigest(), Instant.now(), tx);
      evidence.put(registration.evidenceId(), record);
      append(registration.evidenceId(), CustodyEventType.REGISTERED, SELF, registration.uploader(), tx);
      return record;
    });
  }

  @Override
  public synchronized Optional<Evidence> find(String evidenceId) {
    available();
    return Optional.ofNullable(evidence.get(evidenceId));
  }

  @Override
  public synchronized List<Evidence> findBySha256(String sha256) {
    available();
    return evidence.values().stream().filter(e -> e.sha256().equals(sha256)).toList();
  }

  @Override
  public synchronized List<Evidence> findBySm3(String sm3) {
    available();
    return evidence.values().stream().filter(e -> e.sm3().equals(sm3)).toList();
  }

  @Override
  public synchronized Committed<AccessGrant> grant(String evidenceId, String granteeMsp) {
    return submit(() -> {
      requireOwn(evidenceId);
      AccessGrant grant = AccessGrant.granted(evidenceId, granteeMsp, SELF, Instant.now());
      grants.put(evidenceId + "/" + granteeMsp, grant);
      append(evidenceId, CustodyEventType.SHARED, SELF, null, pendingTx);
      return grant;
    });
  }

  @Override
  public synchronized Committed<AccessGrant> revoke(String evidenceId, String granteeMsp) {
    return submit(() -> {
      requireOwn(evidenceId);
      AccessGrant grant = grants.get(evidenceId + "/" + granteeMsp);
      if (grant == null) {
        throw LedgerRefusal.notFound("no grant");
      }
      AccessGrant revoked = grant.revoked(Instant.now());
      grants.put(evidenceId + "/" + granteeMsp, revoked);
      return revoked;
    });
  }

  @Override
  public synchronized boolean hasAccess(String evidenceId, String mspId) {
    available();
    Evidence item = evidence.get(evidenceId);
    if (item == null) {
      return false;
    }
    AccessGrant grant = grants.get(evidenceId + "/" + mspId);
    return item.ownerMsp().equals(mspId) || (grant != null && grant.holds());
  }

  @Override
  public synchronized Committed<CustodyEvent> recordReceipt(
      String evidenceId, String sha256, String sm3, boolean verified, String detail, String user) {
    receiptCalls++;
    return submit(() -> {
      if (!hasAccess(evidenceId, SELF) || evidence.get(evidenceId).ownerMsp().equals(SELF)) {
        throw LedgerRefusal.forbidden("no grant");
      }
      CustodyEvent event = CustodyEvent.of(evidenceId, CustodyEventType.RECEIVED, SELF, user, pendingTx,
          Instant.now()).withVerification(verified).withObservedHashes(sha256, sm3).withDetail(detail);
      timelines.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(event);
      return event;
    });
  }

  @Override
  public synchronized Committed<CustodyEvent> recordVerification(
      String evidenceId, boolean verified, String detail, String user) {
    return submit(() -> {
      if (!hasAccess(evidenceId, SELF)) {
        throw LedgerRefusal.forbidden("no grant");
      }
      CustodyEvent event = CustodyEvent.of(evidenceId, CustodyEventType.VERIFIED, SELF, user, pendingTx,
          Instant.now()).withVerification(verified).withDetail(detail);
      timelines.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(event);
      return event;
    });
  }

  @Override
  public synchronized String recordAccesses(List<AccessRecord> accesses) {
    return submit(() -> {
      for (AccessRecord access : accesses) {
        if (!hasAccess(access.evidenceId(), SELF)) {
          throw LedgerRefusal.forbidden("no access to " + access.evidenceId());
        }
      }
      accessBatches.add(List.copyOf(accesses));
      accesses.forEach(a -> append(a.evidenceId(), CustodyEventType.ACCESSED, SELF, a.user(), pendingTx));
      return pendingTx;
    }).value();
  }

  @Override
  public synchronized List<CustodyEvent> timeline(String evidenceId) {
    available();
    return events(evidenceId);
  }

  @Override
  public synchronized Reconciliation reconcile(String transactionId) {
    if (unavailable || reconcileUnavailable) {
      throw new LedgerUnavailableException("peer down", "qscc-tx", false, null);
    }
    Long block = committedTx.get(transactionId);
    return block == null
        ? new Reconciliation(transactionId, Reconciliation.Status.UNKNOWN, -1, true)
        : new Reconciliation(transactionId, Reconciliation.Status.COMMITTED, block, false);
  }

  @Override
  public synchronized long chainHeight() {
    available();
    return height;
  }

  private String pendingTx;

  /** Runs a write as a transaction, with the configured failure if any. */
  private <T> Committed<T> submit(Supplier<T> write) {
    available();
    if (nextSubmitRefusal != null) {
      ErrorCode code = nextSubmitRefusal;
      nextSubmitRefusal = null;
      throw new LedgerRefusal(code, "refused by the fake");
    }
    pendingTx = newTx();
    Boolean lost = nextSubmitLostCommitting;
    nextSubmitLostCommitting = null;
    if (lost != null && !lost) {
      throw new LedgerUnavailableException("commit status timed out", pendingTx, true, null);
    }
    T value = write.get();
    long block = ++height;
    committedTx.put(pendingTx, block);
    if (lost != null) {
      throw new LedgerUnavailableException("commit status timed out", pendingTx, true, null);
    }
    return new Committed<>(value, pendingTx, block);
  }

  private CustodyEvent append(String evidenceId, CustodyEventType type, String msp, String user, String tx) {
    CustodyEvent event = CustodyEvent.of(evidenceId, type, msp, user, tx, Instant.now());
    timelines.computeIfAbsent(evidenceId, k -> new ArrayList<>()).add(event);
    return event;
  }

  private void requireOwn(String evidenceId) {
    Evidence item = evidence.get(evidenceId);
    if (item == null) {
      throw LedgerRefusal.notFound("no evidence " + evidenceId);
    }
    if (!item.ownerMsp().equals(SELF)) {
      throw LedgerRefusal.forbidden("not the owner");
    }
  }

  private void available() {
    if (unavailable) {
      throw new LedgerUnavailableException("peer unreachable", null, false, null);
    }
  }

  private String newTx() {
    return String.format("tx%062d", txCounter.incrementAndGet());
  }
}
