package cn.procuratorate.evidence.benchmark.data;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids that are unique across benchmark runs on the same ledger ({@code bench-<run>-<kind>-<n>}),
 * valid both as ledger ids and as evidence-store ids, and random digests for registrations whose
 * bytes do not matter.
 */
public final class BenchIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String run;
    private final AtomicLong sequence = new AtomicLong();

    public BenchIds(String run) {
        if (!run.matches("[a-z0-9]{1,20}")) {
            throw new IllegalArgumentException("run tag must be 1-20 of [a-z0-9]");
        }
        this.run = run;
    }

    /** A tag from the clock, in base 36: short, and different for every run. */
    public static BenchIds forThisRun() {
        return new BenchIds(Long.toString(System.currentTimeMillis(), 36).toLowerCase(Locale.ROOT));
    }

    public String run() {
        return run;
    }

    public String next(String kind) {
        return "bench-" + run + "-" + kind + "-" + sequence.incrementAndGet();
    }

    /** 64 lowercase hex digits, as the ledger expects a SHA-256 or SM3. */
    public static String randomHex256() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
