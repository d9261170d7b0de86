package cn.procuratorate.evidence.ledger.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * How long the target of a supervision has to answer. Legal periods are in calendar months
 * ("two months") or days; tests need seconds. Both sides compute the deadline from the same
 * instant with the same rules, so the result is deterministic on every peer.
 */
public final class ReplyPeriod {

    /**
     * Calendar months are counted where the procedural rules apply. China has observed no daylight
     * saving since 1991, so peers whose JDKs carry different time-zone data still agree.
     */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration LONGEST = Duration.ofDays(3660);

    private final Duration duration;
    private final Period period;

    private ReplyPeriod(Duration duration, Period period) {
        this.duration = duration;
        this.period = period;
    }

    /** Accepts ISO-8601 durations ({@code PT30S}, {@code P7DT12H}) and periods ({@code P2M}, {@code P1Y}). */
    public static ReplyPeriod parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 32) {
            throw LedgerRefusal.invalid("replyWithin must be an ISO-8601 duration or period such as P7D or P2M, got "
                    + (text == null ? "nothing" : "\"" + text + "\""));
        }
        ReplyPeriod parsed;
        try {
            parsed = new ReplyPeriod(Duration.parse(text), null);
        } catch (DateTimeParseException notADuration) {
            try {
                parsed = new ReplyPeriod(null, Period.parse(text));
            } catch (DateTimeParseException notAPeriodEither) {
                throw LedgerRefusal.invalid("replyWithin must be an ISO-8601 duration or period such as P7D or P2M, got \""
                        + text + "\"");
            }
        }
        parsed.checkReasonable(text);
        return parsed;
    }

    public Instant dueAfter(Instant start) {
        if (duration != null) {
            return start.plus(duration);
        }
        return start.atZone(CHINA).plus(period).toInstant();
    }

    private void checkReasonable(String text) {
        Instant reference = Instant.EPOCH;
        Duration span;
        try {
            span = Duration.between(reference, dueAfter(reference));
        } catch (ArithmeticException | java.time.DateTimeException e) {
            span = LONGEST.plusDays(1);
        }
        if (span.isNegative() || span.isZero() || span.compareTo(LONGEST) > 0) {
            throw LedgerRefusal.invalid("replyWithin must be positive and at most ten years, got \"" + text + "\"");
        }
    }
}
