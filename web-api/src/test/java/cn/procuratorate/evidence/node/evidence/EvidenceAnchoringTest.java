package cn.procuratorate.evidence.node.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.ledger.OutboxSettings;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.testsupport.FakeCustodyLedger;
import cn.procuratorate.evidence.node.testsupport.MutableClock;
import cn.procuratorate.evidence.node.testsupport.TestDatabase;
import cn.procuratorate.evidence.store.StoredEvidence;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's single attempt: every way the ledger can fail, and "anchored exactly once". */
class EvidenceAnchoringTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
  private final FakeCustodyLedger ledger = new FakeCustodyLedger();
  private EvidenceItems items;
  private EvidenceAnchoring anchoring;

  @BeforeEach
  void setUp() {
    items = new EvidenceItems(TestDatabase.fresh());
    anchoring = new EvidenceAnchoring(items, ledger, new RetrySchedule(OutboxSettings.defaults(), clock));
  }

  @Test
  void anchorsAPendingItemWithItsTransactionAndBlock() {
    String id = pendingItem("statement");
    EvidenceItem item = anchoring.attempt(id).item();
    Evidence anchored = ledger.find(id).orElseThrow();
    assertThat(item.status()).isEqualTo(AnchorStatus.ANCHORED);
    assertThat(item.anchorTxId()).isEqualTo(anchored.registrationTxId());
    assertThat(item.blockNumber()).isPositive();
    assertThat(anchored.sha256()).isEqualTo(item.sha256());
  }

  @Test
  void backsOffWhileTheLedgerIsDown() {
    String id = pendingItem("statement");
    ledger.unavailable = true;
    EvidenceItem first = anchoring.attempt(id).item();
    assertThat(first.status()).isEqualTo(AnchorStatus.PENDING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(1));
    assertThat(first.uncertainTxId()).isNull();
    EvidenceItem second = anchoring.attempt(id).item();
    assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));
    assertThat(items.dueForAnchoring(clock.instant(), 10)).isEmpty();
    clock.advance(Duration.ofSeconds(2));
    assertThat(items.dueForAnchoring(clock.instant(), 10)).containsExactly(id);
    ledger.unavailable = false;
    assertThat(anchoring.attempt(id).item().status()).isEqualTo(AnchorStatus.ANCHORED);
  }

  @Test
  void reconcilesALostCommitInsteadOfRegisteringAgain() {
    String id = pendingItem("statement");
    ledger.nextSubmitLostCommitting = true;
    EvidenceItem uncertain = anchoring.attempt(id).item();
    assertThat(uncertain.status()).isEqualTo(AnchorStatus.PENDING);
    assertThat(uncertain.uncertainTxId()).isNotNull();

    EvidenceItem anchored = anchoring.attempt(id).item();
    assertThat(anchored.status()).isEqualTo(AnchorStatus.ANCHORED);
    assertThat(anchored.anchorTxId()).isEqualTo(uncertain.uncertainTxId());
    assertThat(ledger.registerCalls).isEqualTo(1);
  }

  @Test
  void registersAgainWhenTheLostTransactionNeverCommitted() {
    String id = pendingItem("statement");
    ledger.nextSubmitLostCommitting = false;
    anchoring.attempt(id);
    EvidenceItem anchored = anchoring.attempt(id).item();
    assertThat(anchored.status()).isEqualTo(AnchorStatus.ANCHORED);
    assertThat(ledger.registerCalls).isEqualTo(2);
    assertThat(ledger.events(id)).filteredOn(e -> e.type() == CustodyEventType.REGISTERED).hasSize(1);
  }

  @Test
  void keepsTheUncertainTransactionWhenTheLedgerCannotBeAsked() {
    String id = pendingItem("statement");
    ledger.nextSubmitLostCommitting = true;
    String lost = anchoring.attempt(id).item().uncertainTxId();
    ledger.reconcileUnavailable = true;
    EvidenceItem still = anchoring.attempt(id).item();
    assertThat(still.status()).isEqualTo(AnchorStatus.PENDING);
    assertThat(still.uncertainTxId()).isEqualTo(lost);
    assertThat(ledger.registerCalls).isEqualTo(1);
  }

  @Test
  void namesTheOriginalRegistrationWhenAnEarlierAttemptHadCommitted() {
    String id = pendingItem("statement");
    // A crash right after an earlier attempt committed: the node never learnt its transaction id.
    String original = ledger.register(EvidenceAnchoring.registrationOf(items.find(id).orElseThrow()))
        .transactionId();
    EvidenceItem anchored = anchoring.attempt(id).item();
    assertThat(anchored.status()).isEqualTo(AnchorStatus.ANCHORED);
    assertThat(anchored.anchorTxId()).isEqualTo(original);
    assertThat(ledger.events(id)).filteredOn(e -> e.type() == CustodyEventType.REGISTERED).hasSize(1);
  }

  @Test
  void stopsRetryingWhatTheLedgerRefuses() {
    String id = pendingItem("statement");
    ledger.nextSubmitRefusal = ErrorCode.UNKNOWN_AGENCY;
    AnchoringResult result = anchoring.attempt(id);
    assertThat(result.item().status()).isEqualTo(AnchorStatus.REFUSED);
    assertThat(result.refusal().code()).isEqualTo(ErrorCode.UNKNOWN_AGENCY);
    clock.advance(Duration.ofHours(1));
    assertThat(items.dueForAnchoring(clock.instant(), 10)).isEmpty();
  }

  private String pendingItem(String text) {
    String id = EvidenceIds.newEvidenceId("police");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    items.insertStoring(EvidenceItem.storing(id, "CASE-1", "title", null, "a.txt", "text/plain",
        "officer", "evidence/" + id, "0".repeat(64), clock.instant()));
    items.markStored(id, new StoredEvidence("evidence/" + id, "v1", bytes.length, "text/plain",
        EvidenceDigests.of(bytes)), clock.instant());
    return id;
  }
}
