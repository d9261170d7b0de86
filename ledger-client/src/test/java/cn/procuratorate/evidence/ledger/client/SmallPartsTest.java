package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void backoffDoublesUpToItsCapAndStartsOverAfterAReset() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void backoffRefusesNonsense() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlinesHaveSensibleDefaultsAndRefuseZero() {
        Deadlines defaults = Deadlines.defaults();

        assertThat(defaults.reconcileWait()).isGreaterThan(defaults.commitStatus());
        assertThat(defaults.withCommitStatus(Duration.ofSeconds(1)).commitStatus()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.withCommitStatus(Duration.ofSeconds(1)).endorse()).isEqualTo(defaults.endorse());
        assertThatThrownBy(() -> defaults.withEndorse(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endorse");
    }

    @Test
    void aDeliveredEventDecodesNothingItWasNotGivenAndCopiesItsPayload() {
        byte[] payload = "{}".getBytes();
        DeliveredEvent event = new DeliveredEvent("EvidenceRegistered", "tx", 3, payload);
        payload[0] = 'x';

        assertThat(event.payloadText()).isEqualTo("{}");
        assertThat(event).isEqualTo(new DeliveredEvent("EvidenceRegistered", "tx", 3, "{}".getBytes()));
    }
}
