package cn.procuratorate.evidence.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "PT30S, 2025-03-01T08:00:00Z, 2025-03-01T08:00:30Z",
            "P7D,   2025-03-01T08:00:00Z, 2025-03-08T08:00:00Z",
            // two calendar months in Beijing time: 31 Dec 23:00 UTC is already 1 Jan there
            "P2M,   2024-12-31T23:00:00Z, 2025-02-28T23:00:00Z",
            "P2M,   2025-01-31T00:00:00Z, 2025-03-31T00:00:00Z",
            "P1Y,   2025-03-01T08:00:00Z, 2026-03-01T08:00:00Z"})
    void addsThePeriodToTheTransactionTime(String text, Instant start, Instant due) {
        assertThat(ReplyPeriod.parse(text).dueAfter(start)).isEqualTo(due);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7 days", "P0D", "PT0S", "-P7D", "PT-1S", "P11Y", "P99999999999D", "P1M-40D"})
    void refusesMalformedEmptyNegativeAndAbsurdPeriods(String text) {
        assertThatThrownBy(() -> ReplyPeriod.parse(text))
                .isInstanceOfSatisfying(LedgerRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }
}
