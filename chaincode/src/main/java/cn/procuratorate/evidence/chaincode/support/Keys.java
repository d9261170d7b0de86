package cn.procuratorate.evidence.chaincode.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Object types of the composite keys, so the key layout can be read in one place. */
public final class Keys {

    public static final String AGENCY = "agency";
    public static final String EVIDENCE = "evidence";
    public static final String EVIDENCE_BY_SHA256 = "evidence-by-sha256";
    public static final String EVIDENCE_BY_SM3 = "evidence-by-sm3";
    public static final String GRANT = "grant";
    public static final String CUSTODY = "custody";
    public static final String LEAD = "lead";
    public static final String SUPERVISION = "supervision";

    /** Plain (non-composite) key prefix of the probe contract. */
    public static final String PROBE_PREFIX = "probe~";

    /**
     * Fixed-width UTC time with nanoseconds: key order is time order. ({@link Instant#toString()}
     * drops zero fractions, and "…00Z" would sort after "…00.5Z".)
     */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    public static String sortableTime(Instant instant) {
        return SORTABLE_TIME.format(instant);
    }

    /** Zero-padded position of an event within its transaction. */
    public static String position(int index) {
        return String.format("%04d", index);
    }
}
