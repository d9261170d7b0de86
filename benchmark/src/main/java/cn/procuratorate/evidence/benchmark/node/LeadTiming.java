package cn.procuratorate.evidence.benchmark.node;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One lead handed from node to node: when the client sent {@code POST /api/leads}, the start of
 * the sender's process, the timestamp of its submitLead transaction (created by the sender node's
 * job) and the start of the receiver's process, as the engines and the sender's ledger client
 * recorded them. All run on this machine, so their clocks are the same clock.
 */
public record LeadTiming(Instant requested, Instant senderStarted, Instant submitted, Instant receiverStarted) {

    public LeadTiming {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(senderStarted, "senderStarted");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(receiverStarted, "receiverStarted");
    }

    /** Sender's process started → receiver's intake started. */
    public Duration handOff() {
        return Duration.between(senderStarted, receiverStarted);
    }

    /** The first part of {@link #handOff}: sender's process started → its job created the transaction. */
    public Duration sendersJob() {
        return Duration.between(senderStarted, submitted);
    }

    /** The rest: transaction created → ordered, committed, delivered, receiver's intake started. */
    public Duration ledgerToIntake() {
        return Duration.between(submitted, receiverStarted);
    }

    public static long[] nanos(List<LeadTiming> leads, Function<LeadTiming, Duration> part) {
        return leads.stream().mapToLong(lead -> part.apply(lead).toNanos()).toArray();
    }

    /**
     * Leads per second of wall-clock time: all of them, from the first request sent to the last
     * intake started.
     */
    public static double leadsPerSecond(List<LeadTiming> leads) {
        if (leads.isEmpty()) {
            throw new IllegalArgumentException("no leads");
        }
        Instant first = leads.stream().map(LeadTiming::requested).min(Instant::compareTo).orElseThrow();
        Instant last = leads.stream().map(LeadTiming::receiverStarted).max(Instant::compareTo).orElseThrow();
        long nanos = Duration.between(first, last).toNanos();
        if (nanos <= 0) {
            throw new IllegalArgumentException("the last intake did not start after the first request");
        }
        return leads.size() / (nanos / 1e9);
    }
}
