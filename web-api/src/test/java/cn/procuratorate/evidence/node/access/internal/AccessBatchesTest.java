package cn.procuratorate.evidence.node.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.node.testsupport.FakeCustodyLedger;
import cn.procuratorate.evidence.node.testsupport.MutableClock;
import cn.procuratorate.evidence.node.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccessBatchesTest {

  private final FakeCustodyLedger ledger = new FakeCustodyLedger();
  private JdbcClient jdbc;
  private QueuedAccessLog log;
  private AccessBatches batches;

  @BeforeEach
  void setUp() {
    jdbc = TestDatabase.fresh();
    log = new QueuedAccessLog(jdbc, new MutableClock(Instant.parse("2025-03-01T08:00:00Z")));
    batches = new AccessBatches(jdbc, ledger);
    for (String id : List.of("a-1", "a-2", "a-3")) {
      ledger.registerForeign("CourtMSP", id, id.getBytes(StandardCharsets.UTF_8), "text/plain");
      ledger.grantForeign(id, FakeCustodyLedger.SELF);
    }
  }

  @Test
  void sendsQueuedReadsAsOneTransaction() {
    log.record("a-1", "officer", "download");
    log.record("a-2", "judge", "download");
    batches.flush();
    assertThat(ledger.accessBatches()).singleElement()
        .satisfies(batch -> assertThat(batch).extracting(AccessRecord::evidenceId).containsExactly("a-1", "a-2"));
    assertThat(queued()).isZero();
  }

  @Test
  void keepsReadsWhileTheLedgerIsDown() {
    log.record("a-1", "officer", "download");
    ledger.unavailable = true;
    batches.flush();
    assertThat(queued()).isEqualTo(1);
    ledger.unavailable = false;
    batches.flush();
    assertThat(queued()).isZero();
  }

  @Test
  void dropsOnlyTheReadsTheLedgerRefusesWhenAGrantWasRevokedMeanwhile() {
    log.record("a-1", "officer", "download");
    log.record("not-granted", "officer", "download");
    log.record("a-3", "officer", "download");
    batches.flush();
    assertThat(ledger.accessBatches()).extracting(b -> b.get(0).evidenceId()).containsExactly("a-1", "a-3");
    assertThat(queued()).isZero();
  }

  @Test
  void doesNotResendABatchWhoseCommitWasLostButHappened() {
    log.record("a-1", "officer", "download");
    ledger.nextSubmitLostCommitting = true;
    batches.flush();
    assertThat(queued()).isZero();
    assertThat(ledger.accessBatches()).hasSize(1);
  }

  private long queued() {
    return jdbc.sql("SELECT COUNT(*) FROM pending_access").query(Long.class).single();
  }
}
