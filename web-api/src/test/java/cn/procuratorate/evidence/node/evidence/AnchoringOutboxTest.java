package cn.procuratorate.evidence.node.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.node.ledger.OutboxSettings;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.testsupport.FakeCustodyLedger;
import cn.procuratorate.evidence.node.testsupport.FakeEvidenceVault;
import cn.procuratorate.evidence.node.testsupport.MutableClock;
import cn.procuratorate.evidence.node.testsupport.TestDatabase;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a restarted node does with the uploads a crash interrupted, and with pending items. */
class AnchoringOutboxTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
  private final FakeCustodyLedger ledger = new FakeCustodyLedger();
  private final FakeEvidenceVault vault = new FakeEvidenceVault();
  private EvidenceItems items;
  private RetrySchedule schedule;

  @BeforeEach
  void setUp() {
    items = new EvidenceItems(TestDatabase.fresh());
    schedule = new RetrySchedule(OutboxSettings.defaults(), clock);
  }

  @Test
  void anchorsAnUploadWhoseBytesWereStoredBeforeTheCrash() {
    byte[] bytes = "statement".getBytes(StandardCharsets.UTF_8);
    String id = storingRow();
    vault.store(id, new ByteArrayInputStream(bytes), "text/plain"); // the write finished, the node died
    AnchoringOutbox outbox = restartedNode();

    outbox.resume();
    EvidenceItem settled = items.find(id).orElseThrow();
    assertThat(settled.status()).isEqualTo(AnchorStatus.PENDING);
    assertThat(settled.sha256()).isEqualTo(EvidenceDigests.of(bytes).sha256());

    outbox.run();
    assertThat(items.find(id).orElseThrow().status()).isEqualTo(AnchorStatus.ANCHORED);
    assertThat(ledger.find(id).orElseThrow().sm3()).isEqualTo(EvidenceDigests.of(bytes).sm3());
    outbox.run();
    assertThat(ledger.registerCalls).isEqualTo(1);
  }

  @Test
  void dropsAnUploadThatNeverReachedTheBucket() {
    String id = storingRow();
    restartedNode().resume();
    assertThat(items.find(id)).isEmpty();
    assertThat(ledger.registerCalls).isZero();
  }

  @Test
  void leavesUploadsOfTheRunningNodeAlone() {
    AnchoringOutbox outbox = restartedNode();
    clock.advance(Duration.ofSeconds(1));
    String live = storingRow();
    outbox.resume();
    outbox.run();
    assertThat(items.find(live).orElseThrow().status()).isEqualTo(AnchorStatus.STORING);
  }

  @Test
  void resumesPendingItemsAtOnceAfterARestart() {
    String id = storingRow();
    vault.store(id, new ByteArrayInputStream(new byte[] {1, 2, 3}), "text/plain");
    AnchoringOutbox first = restartedNode();
    first.resume();
    ledger.unavailable = true;
    for (int i = 0; i < 6; i++) {
      clock.advance(Duration.ofSeconds(40));
      first.run();
    }
    EvidenceItem waiting = items.find(id).orElseThrow();
    assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());

    ledger.unavailable = false;
    AnchoringOutbox second = restartedNode();
    second.resume();
    second.run();
    assertThat(items.find(id).orElseThrow().status()).isEqualTo(AnchorStatus.ANCHORED);
  }

  private AnchoringOutbox restartedNode() {
    clock.advance(Duration.ofMillis(1));
    return new AnchoringOutbox(items, new EvidenceAnchoring(items, ledger, schedule), vault, schedule);
  }

  private String storingRow() {
    String id = EvidenceIds.newEvidenceId("police");
    items.insertStoring(EvidenceItem.storing(id, "CASE-1", null, null, null, "text/plain", "officer",
        "evidence/" + id, "0".repeat(64), clock.instant()));
    return id;
  }
}
