package cn.procuratorate.evidence.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

class IsoDurationsTest {

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    @Test
    void daysAndSecondsAreExact() {
        assertThat(IsoDurations.plus(at("2025-03-03T01:00:00Z"), "P7D")).isEqualTo(at("2025-03-10T01:00:00Z"));
        assertThat(IsoDurations.plus(at("2025-03-03T01:00:00Z"), "PT30S")).isEqualTo(at("2025-03-03T01:00:30Z"));
        assertThat(IsoDurations.minus(at("2025-03-10T01:00:00Z"), "P2D")).isEqualTo(at("2025-03-08T01:00:00Z"));
    }

    @Test
    void monthsAreCalendarMonthsInChinaStandardTime() {
        // 31 December 20:00 UTC is already 1 January in Beijing: two months later is 1 March there.
        assertThat(IsoDurations.plus(at("2024-12-31T20:00:00Z"), "P2M")).isEqualTo(at("2025-02-28T20:00:00Z"));
        // 31 December 09:00 in Beijing plus two months ends on the last day of February.
        assertThat(IsoDurations.plus(at("2024-12-31T01:00:00Z"), "P2M")).isEqualTo(at("2025-02-28T01:00:00Z"));
    }

    @Test
    void anythingButAPositiveIsoDurationIsRefused() {
        assertThatThrownBy(() -> IsoDurations.requirePositive("replyWithin", "7 days"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replyWithin");
        assertThatThrownBy(() -> IsoDurations.requirePositive("replyWithin", "-P7D"))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> IsoDurations.requirePositive("replyWithin", "PT0S"))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> IsoDurations.requirePositive("replyWithin", null))
                .hasMessageContaining("got nothing");
    }
}
