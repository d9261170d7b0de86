package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.stats.Percentiles;
import cn.procuratorate.evidence.benchmark.stats.Series;
import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEventStream;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.Leads;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lead hand-off as the ledger carries it: a {@link LedgerEventStream} on the receiver's own peer
 * notes when each {@code LeadSubmitted} event addressed to the receiver arrives, and a closed loop
 * of the sender's {@code submitLead} transactions (one evidence item of the sender's per lead,
 * granted to the receiver in the same transaction) is timed from submit to that arrival.
 * {@link HandOffScenario} reports it; {@link NodeHandOff} uses it as the baseline of the
 * node-to-node hand-off, and its arrivals to pace the node-level closed loop.
 */
final class LedgerHandOff implements AutoCloseable {
    static final Duration OBSERVE_WAIT = Duration.ofSeconds(60);
    /** No new block for this long: the work a run set off (intake jobs, custody records) is done. */
    private static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration QUIET_WAIT = Duration.ofSeconds(30);

    /** New evidence items of the sender's, on the ledger, one per lead. */
    @FunctionalInterface
    interface LeadEvidence {
        List<String> prepare(int count, List<String> failures) throws Exception;
    }

    private final BenchmarkContext context;
    private final String receiverMsp;
    /** When the receiver's stream handed over each lead's LeadSubmitted event (System.nanoTime). */
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    /** The block of the last event the receiver's stream handled (every event, not only leads). */
    private final AtomicLong lastHandledBlock = new AtomicLong(-1);
    private final LedgerEventStream stream;

    private LedgerHandOff(BenchmarkContext context, String checkpointFileName) {
        this.context = context;
        LedgerConnection receiver = context.receiver();
        this.receiverMsp = receiver.mspId();
        this.stream = LedgerEventStream.builder(receiver, context.workDir().resolve(checkpointFileName), this::observe)
                .fromNextCommitWhenNoCheckpoint()
                .threadName("bench-receiver-events")
                .start();
    }

    /** Starts the receiver's event stream from the next commit; close it when done. */
    static LedgerHandOff start(BenchmarkContext context, String checkpointFileName) {
        return new LedgerHandOff(context, checkpointFileName);
    }

    String receiverMsp() {
        return receiverMsp;
    }

    /** One evidence item of the sender's per lead: a grant per lead, so concurrent leads never conflict. */
    List<String> prepareEvidence(int total, List<String> failures) {
        List<String> ids = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            ids.add(context.ids().next("lead-ev"));
        }
        LoadRun registered = LedgerLoad.registerIds(context, ids, context.plan().preloadConcurrency());
        if (registered.failures() > 0) {
            failures.add("registering the leads' evidence: " + registered.describeFailures());
        }
        awaitReceiverCaughtUp(failures);
        return ids;
    }

    /**
     * Every event reaches the receiver's stream, each checkpointed: let it work through the
     * preparation's before the leads are timed, so that lead latency is not that backlog.
     */
    void awaitReceiverCaughtUp(List<String> failures) {
        long lastBlock = context.sender().chainInfo().height() - 1;
        long deadline = System.nanoTime() + OBSERVE_WAIT.toNanos();
        while (lastHandledBlock.get() < lastBlock && System.nanoTime() < deadline) {
            if (!pause(20)) {
                return;
            }
        }
        if (lastHandledBlock.get() < lastBlock) {
            failures.add("the receiver's stream had not reached block " + lastBlock + " after "
                    + OBSERVE_WAIT.toSeconds() + " s (at " + lastHandledBlock.get() + ")");
        }
    }

    /**
     * Waits until no block was cut for {@link #QUIET} (at most {@link #QUIET_WAIT}): what the last
     * run set off in the nodes (the receiver's evidence fetch and its RECEIVED record) is then
     * on the ledger and no longer competes with the next measurement. Then lets the receiver's
     * stream catch up.
     */
    void awaitQuiet(List<String> failures) {
        long deadline = System.nanoTime() + QUIET_WAIT.toNanos();
        long height = context.sender().chainInfo().height();
        long unchangedSince = System.nanoTime();
        while (System.nanoTime() - unchangedSince < QUIET.toNanos() && System.nanoTime() < deadline) {
            if (!pause(100)) {
                return;
            }
            long now = context.sender().chainInfo().height();
            if (now != height) {
                height = now;
                unchangedSince = System.nanoTime();
            }
        }
        awaitReceiverCaughtUp(failures);
    }

    /**
     * The nanoTime at which the receiver's stream handed over the lead's LeadSubmitted event,
     * waiting up to {@code timeout} for it; the lead is forgotten afterwards.
     */
    long awaitArrival(String leadId, Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return arrival(leadId).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            arrivals.remove(leadId);
        }
    }

    private CompletableFuture<Long> arrival(String leadId) {
        return arrivals.computeIfAbsent(leadId, id -> new CompletableFuture<>());
    }

    /**
     * Submits one lead per evidence item at this concurrency (closed loop, each submit waits for
     * its commit) and records {@code <key>.tps} (leads observed by the receiver per second, from
     * the first submit to the last observation) and {@code <key>.p50/.p95/.p99} (submit →
     * observed, ms).
     */
    void leads(List<String> evidence, int concurrency, Series series, String key, List<String> failures)
            throws InterruptedException {
        int total = evidence.size();
        List<String> leadIds = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            leadIds.add(context.ids().next("lead"));
        }
        long[] submittedAt = new long[total];
        boolean[] committed = new boolean[total];
        LedgerConnection sender = context.sender();
        LoadRun submitted = ClosedLoop.run("lead", total, concurrency, i -> {
            String request = CanonicalJson.toJson(new LeadSubmission(leadIds.get(i), receiverMsp,
                    List.of(evidence.get(i)), "", BenchmarkContext.USER).validated());
            submittedAt[i] = System.nanoTime();
            sender.transactions().submit(Leads.NAME, Leads.SUBMIT_LEAD, request);
            committed[i] = true;
        });
        if (submitted.failures() > 0) {
            failures.add("submitLead: " + submitted.describeFailures());
        }
        long deadline = System.nanoTime() + OBSERVE_WAIT.toNanos();
        List<Long> latencies = new ArrayList<>(total);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int missing = 0;
        for (int i = 0; i < total; i++) {
            if (!committed[i]) {
                arrivals.remove(leadIds.get(i));
                continue;
            }
            try {
                long observed = awaitArrival(leadIds.get(i), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                latencies.add(observed - submittedAt[i]);
                first = Math.min(first, submittedAt[i]);
                last = Math.max(last, observed);
            } catch (TimeoutException e) {
                missing++;
            }
        }
        if (missing > 0) {
            failures.add(missing + " committed leads not observed by the receiver within " + OBSERVE_WAIT.toSeconds()
                    + " s");
        }
        if (!latencies.isEmpty()) {
            series.record(key + ".tps", latencies.size() / ((last - first) / 1e9));
            Percentiles percentiles = Percentiles.of(latencies.stream().mapToLong(Long::longValue).toArray());
            series.record(key + ".p50", percentiles.p50() / 1e6);
            series.record(key + ".p95", percentiles.p95() / 1e6);
            series.record(key + ".p99", percentiles.p99() / 1e6);
        }
    }

    /** The receiver's handler: notes when each lead addressed to the receiver arrived; everything else is skipped. */
    private void observe(DeliveredEvent event) {
        long now = System.nanoTime();
        lastHandledBlock.accumulateAndGet(event.blockNumber(), Math::max);
        if (!LedgerEvents.LEAD_SUBMITTED.equals(event.name())) {
            return;
        }
        LedgerEvent decoded = event.decode();
        if (decoded.lead() != null && receiverMsp.equals(decoded.lead().receiverMsp())) {
            arrival(decoded.lead().leadId()).complete(now);
        }
    }

    /** Two leads end to end, which also proves the receiver's stream is connected before timing starts. */
    void warmUp(String scenario, LeadEvidence items) throws Exception {
        context.progress("%s: waiting for the receiver's event stream", scenario);
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<String> failures = new ArrayList<>();
            List<String> evidence = items.prepare(2, failures);
            awaitReceiverCaughtUp(failures);
            Series series = new Series();
            leads(evidence, 2, series, "lead", failures);
            if (failures.isEmpty() && series.has("lead.p50")) {
                return;
            }
            context.progress("%s warm-up attempt %d: %s", scenario, attempt, failures);
        }
        throw new IllegalStateException("the receiver never observed a warm-up lead; is its event stream working?");
    }

    /** Leads addressed to the receiver by others while the stream ran are never awaited: drop them. */
    @Override
    public void close() {
        stream.close();
        arrivals.clear();
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
