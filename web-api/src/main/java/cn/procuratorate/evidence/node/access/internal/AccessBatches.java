package cn.procuratorate.evidence.node.access.internal;

import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.node.ledger.Reconciliation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued reads to the ledger as one {@code recordAccesses} transaction per batch. The
 * chaincode refuses a whole batch if one item in it is no longer accessible (a grant revoked
 * since the read): then each read is sent alone and the refused ones are dropped with a log line.
 */
@Component
class AccessBatches {

  private static final Logger log = LoggerFactory.getLogger(AccessBatches.class);
  /** The chaincode's limit per transaction. */
  static final int MAX_BATCH = 500;

  private final JdbcClient jdbc;
  private final CustodyLedger ledger;

  AccessBatches(JdbcClient jdbc, CustodyLedger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  private record Queued(long id, AccessRecord access) {}

  @Scheduled(
      fixedDelayString = "${evidence.accesses.flush-interval:5s}",
      initialDelayString = "${evidence.accesses.flush-interval:5s}")
  void flush() {
    List<Queued> batch = next();
    if (batch.isEmpty()) {
      return;
    }
    try {
      send(batch);
    } catch (LedgerRefusal refusal) {
      log.warn("ledger refused a batch of {} reads ({}); sending them one by one", batch.size(),
          refusal.code());
      batch.forEach(this::sendAlone);
    } catch (LedgerUnavailableException e) {
      log.info("{} reads wait for the ledger: {}", batch.size(), e.getMessage());
    }
  }

  private void send(List<Queued> batch) {
    try {
      ledger.recordAccesses(batch.stream().map(Queued::access).toList());
    } catch (LedgerUnavailableException e) {
      if (!e.outcomeUncertain() || !committedAfterAll(e.transactionId())) {
        throw e;
      }
    }
    delete(batch);
  }

  private void sendAlone(Queued read) {
    try {
      send(List.of(read));
    } catch (LedgerRefusal refusal) {
      log.warn("dropping read of {} by {}: the ledger refused it ({})", read.access().evidenceId(),
          read.access().user(), refusal.getMessage());
      delete(List.of(read));
    } catch (LedgerUnavailableException e) {
      log.info("read of {} waits for the ledger", read.access().evidenceId());
    }
  }

  /** An uncertain batch is not resent blindly: that would record the same reads twice. */
  private boolean committedAfterAll(String transactionId) {
    if (transactionId == null) {
      return false;
    }
    Reconciliation outcome = ledger.reconcile(transactionId);
    return outcome.committed();
  }

  private List<Queued> next() {
    return jdbc.sql("SELECT id, evidence_id, user_id, purpose FROM pending_access ORDER BY id LIMIT ?")
        .param(MAX_BATCH)
        .query((rs, n) -> new Queued(rs.getLong("id"),
            new AccessRecord(rs.getString("evidence_id"), rs.getString("user_id"), rs.getString("purpose"))))
        .list();
  }

  private void delete(List<Queued> sent) {
    for (Queued read : sent) {
      jdbc.sql("DELETE FROM pending_access WHERE id = ?").param(read.id()).update();
    }
  }
}
