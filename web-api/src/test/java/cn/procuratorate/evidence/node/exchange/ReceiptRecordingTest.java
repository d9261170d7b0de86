package cn.procuratorate.evidence.node.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.evidence.ReceiptStatus;
import cn.procuratorate.evidence.node.evidence.ReceivedCopies;
import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.ledger.OutboxSettings;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.testsupport.FakeCustodyLedger;
import cn.procuratorate.evidence.node.testsupport.MutableClock;
import cn.procuratorate.evidence.node.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RECEIVED records are not idempotent on the ledger: a lost one is reconciled, never doubled. */
class ReceiptRecordingTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
  private final FakeCustodyLedger ledger = new FakeCustodyLedger();
  private ReceivedCopies copies;
  private ReceiptRecording receipts;
  private Evidence item;

  @BeforeEach
  void setUp() {
    copies = new ReceivedCopies(TestDatabase.fresh());
    receipts = new ReceiptRecording(copies, ledger, new RetrySchedule(OutboxSettings.defaults(), clock));
    item = ledger.registerForeign("CourtMSP", "court-1", "x".getBytes(StandardCharsets.UTF_8), "text/plain");
    ledger.grantForeign("court-1", FakeCustodyLedger.SELF);
    copies.insert(new ReceivedCopy("copy-1", "court-1", "CourtMSP", "evidence/copy-1", "v1", 1,
        "text/plain", item.sha256(), item.sm3(), true, "match", ReceiptStatus.PENDING, null, null,
        null, 0, clock.instant(), null, "officer", clock.instant()));
  }

  @Test
  void reconcilesAReceiptWhoseCommitWasLost() {
    ledger.nextSubmitLostCommitting = true;
    assertThat(receipts.attempt("copy-1").receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
    clock.advance(Duration.ofSeconds(5));
    receipts.retryPending();
    assertThat(copies.find("copy-1").orElseThrow().receiptStatus()).isEqualTo(ReceiptStatus.RECORDED);
    assertThat(ledger.receiptCalls).isEqualTo(1);
    assertThat(ledger.events("court-1")).filteredOn(e -> e.type() == CustodyEventType.RECEIVED).hasSize(1);
  }

  @Test
  void resubmitsAReceiptThatNeverCommitted() {
    ledger.nextSubmitLostCommitting = false;
    receipts.attempt("copy-1");
    ReceivedCopy recorded = receipts.attempt("copy-1");
    assertThat(recorded.receiptStatus()).isEqualTo(ReceiptStatus.RECORDED);
    assertThat(ledger.events("court-1")).filteredOn(e -> e.type() == CustodyEventType.RECEIVED).hasSize(1);
  }

  @Test
  void marksAReceiptTheLedgerRefuses() {
    ledger.nextSubmitRefusal = cn.procuratorate.evidence.ledger.model.ErrorCode.FORBIDDEN;
    assertThat(receipts.attempt("copy-1").receiptStatus()).isEqualTo(ReceiptStatus.REFUSED);
    clock.advance(Duration.ofHours(1));
    assertThat(copies.dueForReceipt(clock.instant(), 10)).isEmpty();
  }
}
