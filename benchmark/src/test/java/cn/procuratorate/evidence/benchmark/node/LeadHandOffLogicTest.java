package cn.procuratorate.evidence.benchmark.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadHandOffLogicTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-11-28T21:28:01.000Z");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void readsTheStartOfTheNodesOwnProcessOfALead() throws Exception {
        JsonNode receiver = json("""
                {"leadId":"lead-1","side":"RECEIVER","ledger":{"status":"SUBMITTED"},
                 "process":{"processKey":"lead-intake","state":"ACTIVE","startedAt":"2026-11-28T21:28:01.630Z"}}""");
        assertThat(LeadViews.processStartedAt(receiver, LeadViews.RECEIVER_PROCESS))
                .contains(Instant.parse("2026-11-28T21:28:01.630Z"));
        assertThat(LeadViews.processStartedAt(receiver, LeadViews.SENDER_PROCESS)).isEmpty();
    }

    @Test
    void aLeadWithoutAProcessYetHasNoStart() throws Exception {
        assertThat(LeadViews.processStartedAt(json("{\"leadId\":\"lead-1\",\"process\":null}"),
                LeadViews.RECEIVER_PROCESS)).isEmpty();
        assertThat(LeadViews.processStartedAt(json("{\"leadId\":\"lead-1\"}"), LeadViews.RECEIVER_PROCESS)).isEmpty();
    }

    @Test
    void pollPausesDoubleUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(25), Duration.ofMillis(400));
        assertThat(List.of(0, 1, 2, 3, 4, 5, 30).stream().map(backoff::pauseBefore).map(Duration::toMillis))
                .containsExactly(25L, 50L, 100L, 200L, 400L, 400L, 400L);
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(100), Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMillis(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsWhenTheSendersJobSubmittedTheLead() throws Exception {
        JsonNode sender = json("""
                {"leadId":"lead-1","side":"SENDER","ledger":{"status":"ACCEPTED","history":[
                  {"status":"SUBMITTED","at":"2026-11-28T21:28:01.337052031Z"},
                  {"status":"ACCEPTED","at":"2026-11-28T21:29:00Z"}]},
                 "process":{"processKey":"lead-transfer","startedAt":"2026-11-28T21:28:01.190Z"}}""");
        assertThat(LeadViews.submittedAt(sender)).contains(Instant.parse("2026-11-28T21:28:01.337052031Z"));
        assertThat(LeadViews.processStartedAt(sender, LeadViews.SENDER_PROCESS))
                .contains(Instant.parse("2026-11-28T21:28:01.190Z"));
        assertThat(LeadViews.submittedAt(json("{\"leadId\":\"lead-1\",\"ledger\":null}"))).isEmpty();
    }

    @Test
    void handOffIsFromTheSendersProcessStartToTheReceiversIntakeStartInTwoParts() {
        LeadTiming lead = new LeadTiming(T0, T0.plusMillis(40), T0.plusMillis(190), T0.plusMillis(480));
        assertThat(lead.handOff()).isEqualTo(Duration.ofMillis(440));
        assertThat(lead.sendersJob()).isEqualTo(Duration.ofMillis(150));
        assertThat(lead.ledgerToIntake()).isEqualTo(Duration.ofMillis(290));
        List<LeadTiming> leads = List.of(lead,
                new LeadTiming(T0, T0.plusMillis(10), T0.plusMillis(20), T0.plusMillis(310)));
        assertThat(LeadTiming.nanos(leads, LeadTiming::handOff)).containsExactly(440_000_000L, 300_000_000L);
        assertThat(LeadTiming.nanos(leads, LeadTiming::sendersJob)).containsExactly(150_000_000L, 10_000_000L);
    }

    @Test
    void rateCountsEveryLeadFromTheFirstRequestToTheLastIntake() {
        List<LeadTiming> leads = List.of(
                new LeadTiming(T0, T0.plusMillis(30), T0.plusMillis(60), T0.plusMillis(500)),
                new LeadTiming(T0.plusMillis(100), T0.plusMillis(130), T0.plusMillis(160), T0.plusMillis(2_000)),
                new LeadTiming(T0.plusMillis(200), T0.plusMillis(230), T0.plusMillis(260), T0.plusMillis(900)),
                new LeadTiming(T0.plusMillis(300), T0.plusMillis(330), T0.plusMillis(360), T0.plusMillis(1_000)));
        assertThat(LeadTiming.leadsPerSecond(leads)).isCloseTo(2.0, within(1e-9));
        assertThatThrownBy(() -> LeadTiming.leadsPerSecond(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadTiming.leadsPerSecond(List.of(new LeadTiming(T0, T0, T0, T0))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
