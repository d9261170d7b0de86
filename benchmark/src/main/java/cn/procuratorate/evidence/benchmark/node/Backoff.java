package cn.procuratorate.evidence.benchmark.node;

import java.time.Duration;

/**
 * Pauses between polls of a node: doubling from {@code initial} up to {@code max}. Every poll is
 * a request the node authenticates and answers from its engine and the ledger, so a waiting
 * client must not poll at a fixed short interval.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + ", " + max);
        }
    }

    /** The pause before poll number {@code attempt} (0 for the first poll). */
    public Duration pauseBefore(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt " + attempt);
        }
        long millis = initial.toMillis();
        for (int i = 0; i < attempt && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }
}
