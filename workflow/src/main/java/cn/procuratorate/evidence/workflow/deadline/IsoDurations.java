package cn.procuratorate.evidence.workflow.deadline;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/**
 * Date arithmetic with ISO-8601 durations as the procedural rules state them: "P7D", but also
 * "P2M" (two calendar months, which {@link java.time.Duration} cannot express) and "PT30S" for
 * tests. Months are counted on the China Standard Time calendar, as the ledger does, so that the
 * engine's timers and the ledger's deadline agree.
 */
public final class IsoDurations {

    private static final TimeZone CHINA = TimeZone.getTimeZone("Asia/Shanghai");
    private static final DatatypeFactory FACTORY = newFactory();

    private IsoDurations() {
    }

    /** Refuses anything that is not a positive ISO-8601 duration. */
    public static String requirePositive(String name, String text) {
        parse(name, text);
        return text;
    }

    public static Date plus(Date start, String duration) {
        return shift(start, parse("duration", duration));
    }

    public static Date minus(Date end, String duration) {
        return shift(end, parse("duration", duration).negate());
    }

    private static Date shift(Date start, Duration duration) {
        Calendar calendar = new GregorianCalendar(CHINA);
        calendar.setTime(start);
        duration.addTo(calendar);
        return calendar.getTime();
    }

    private static Duration parse(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as P7D or P2M, got nothing");
        }
        Duration duration;
        try {
            duration = FACTORY.newDuration(text);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO-8601 duration such as P7D or P2M, got \"" + text + "\"", e);
        }
        if (duration.getSign() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got \"" + text + "\"");
        }
        return duration;
    }

    private static DatatypeFactory newFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("the JDK has no javax.xml.datatype implementation", e);
        }
    }
}
