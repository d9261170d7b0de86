package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.node.Backoff;
import cn.procuratorate.evidence.benchmark.node.LeadTiming;
import cn.procuratorate.evidence.benchmark.node.LeadViews;
import cn.procuratorate.evidence.benchmark.node.NodeClient;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
import cn.procuratorate.evidence.benchmark.stats.Percentiles;
import cn.procuratorate.evidence.benchmark.stats.Series;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lead hand-off from the police node to the procuratorate node, as their users see it. The
 * officer transfers a lead through the police node's API ({@code POST /api/leads}, one 4 KiB item
 * uploaded through the node beforehand per lead); the node's lead-transfer process submits it to
 * the ledger in a job; the procuratorate node's event stream receives {@code LeadSubmitted} and
 * starts its lead-intake process (which then fetches and verifies the item and records it
 * RECEIVED).
 *
 * <p>Latency: the sender's process start to the receiver's process start, as the two engines
 * recorded them ({@code process.startedAt} of {@code GET /api/leads/{id}} on each node). Rate:
 * leads per second of wall-clock time, from the first request sent to the last intake started.
 * Closed loop, as in {@link HandOffScenario}: a client thread sends its next lead once the
 * previous one is on the ledger (its event reached the receiver's peer, seen by
 * {@link LedgerHandOff}'s stream); the receiving node is not asked during the run, because every
 * API request costs it CPU (authentication, an engine query and a ledger query) that the hand-off
 * would then lack. Once the ledger is quiet (the intakes' evidence fetches are done), both nodes
 * are asked for the two start times of every lead.
 *
 * <p>Baseline, in the same run and alternating which goes first: the ledger-level hand-off of
 * {@link LedgerHandOff} (submitLead → LeadSubmitted at the receiver's peer, one item registered
 * with random digests per lead) at the same concurrency, as {@link HandOffScenario} measures it.
 */
final class NodeHandOff {
    static final String LEDGER_BASELINE =
            "ledger-level hand-off (submitLead → LeadSubmitted at the receiver's peer), same concurrency";
    /** Pauses when a node does not show a lead's process yet (rare: the runs end on a quiet ledger). */
    private static final Backoff POLL = new Backoff(Duration.ofMillis(25), Duration.ofMillis(400));
    /** Threads that read the start times after a run. */
    private static final int READ_THREADS = 4;
    private static final int WARM_UP_LEADS = 32;
    private static final int WARM_UP_CONCURRENCY = 8;

    private final BenchmarkContext context;
    private final String scenario;
    private final NodeClient officer;
    private final NodeClient prosecutor;
    private final LedgerHandOff.LeadEvidence evidence;

    /**
     * @param officer    the sender's (police) node, as an officer
     * @param prosecutor the receiver's (procuratorate) node, as a prosecutor
     * @param evidence   uploads new 4 KiB items through the sender's node, returns their ids once anchored
     */
    NodeHandOff(BenchmarkContext context, String scenario, NodeClient officer, NodeClient prosecutor,
            LedgerHandOff.LeadEvidence evidence) {
        this.context = context;
        this.scenario = scenario;
        this.officer = officer;
        this.prosecutor = prosecutor;
        this.evidence = evidence;
    }

    List<Figure> measure() throws Exception {
        BenchmarkPlan plan = context.plan();
        List<Figure> figures = new ArrayList<>();
        try (LedgerHandOff ledger = LedgerHandOff.start(context, "node-hand-off-events.json")) {
            warmUp(ledger);
            for (int concurrency : plan.handOffConcurrencies()) {
                figures.addAll(atConcurrency(ledger, concurrency));
            }
        }
        return figures;
    }

    private List<Figure> atConcurrency(LedgerHandOff ledger, int concurrency) throws Exception {
        BenchmarkPlan plan = context.plan();
        int total = plan.nodeHandOffLeadsAt(concurrency);
        Series series = new Series();
        List<String> failures = new ArrayList<>();
        CpuProfile cpu = new CpuProfile(context.cpu());
        AtomicLong reads = new AtomicLong();
        for (int run = 1; run <= plan.runs(); run++) {
            context.progress("node hand-off c=%d run %d/%d: uploading %d items through the node for the leads",
                    concurrency, run, plan.runs(), total);
            List<String> nodeItems = evidence.prepare(total, failures);
            List<String> ledgerItems = ledger.prepareEvidence(total, failures);
            if (nodeItems.size() < total) {
                failures.add("run " + run + ": only " + nodeItems.size() + " of " + total + " items uploaded");
                continue;
            }
            for (int turn = 0; turn < 2; turn++) {
                ledger.awaitQuiet(failures);
                if ((turn == 0) == (run % 2 == 1)) {
                    nodeLeads(ledger, nodeItems, concurrency, series, cpu, reads, failures);
                } else {
                    cpu.measure("ledger lead", total, () -> {
                        ledger.leads(ledgerItems, concurrency, series, "ledger", failures);
                        return null;
                    });
                }
            }
            context.progress("node hand-off c=%d run %d/%d (%d leads): %.1f leads/s p95 %.0f ms, ledger-level %.1f"
                            + " leads/s p95 %.0f ms", concurrency, run, plan.runs(), total, series.last("node.tps"),
                    series.last("node.p95"), series.last("ledger.tps"), series.last("ledger.p95"));
        }
        ledger.awaitQuiet(failures);
        String note = String.format(Locale.ROOT, "%s; start times read after each run (%.1f requests per lead and"
                        + " node); CPU of a node lead includes the receiver's fetch and verification of the item; %s",
                breakdown(series), reads.get() / (2.0 * Math.max(1, total * plan.runs())),
                cpu.describe(List.of("node lead", "ledger lead"), "lead"));
        return figures(concurrency, total, series, failures, note);
    }

    /**
     * The node-level closed loop, then (the ledger quiet again) the two start times of every lead
     * that reached the ledger, read from both nodes.
     */
    private void nodeLeads(LedgerHandOff ledger, List<String> items, int concurrency, Series series, CpuProfile cpu,
            AtomicLong reads, List<String> failures) throws Exception {
        int total = items.size();
        Instant[] requested = new Instant[total];
        String[] leadIds = new String[total];
        boolean[] onLedger = new boolean[total];
        cpu.measure("node lead", total, () -> {
            LoadRun sent = ClosedLoop.run("node-lead", total, concurrency, i -> {
                requested[i] = Instant.now();
                leadIds[i] = officer.transferLead(BenchmarkContext.RECEIVER, List.of(items.get(i)),
                        "benchmark lead " + (i + 1)).expect(202).text("leadId");
                ledger.awaitArrival(leadIds[i], LedgerHandOff.OBSERVE_WAIT);
                onLedger[i] = true;
            });
            if (sent.failures() > 0) {
                failures.add("node lead: " + sent.describeFailures());
            }
            // The intakes started by then, and the receiver's evidence fetches are done.
            ledger.awaitQuiet(failures);
            return null;
        });
        LeadTiming[] timings = new LeadTiming[total];
        LoadRun read = ClosedLoop.run("node-lead-times", total, READ_THREADS, i -> {
            if (onLedger[i]) {
                JsonNode sender = awaitProcess(officer, leadIds[i], LeadViews.SENDER_PROCESS, reads);
                JsonNode receiver = awaitProcess(prosecutor, leadIds[i], LeadViews.RECEIVER_PROCESS, reads);
                timings[i] = new LeadTiming(requested[i],
                        LeadViews.processStartedAt(sender, LeadViews.SENDER_PROCESS).orElseThrow(),
                        LeadViews.submittedAt(sender).orElseThrow(() -> new IllegalStateException(
                                "the police node shows no SUBMITTED record of " + leadIds[i])),
                        LeadViews.processStartedAt(receiver, LeadViews.RECEIVER_PROCESS).orElseThrow());
            }
        });
        if (read.failures() > 0) {
            failures.add("reading the processes' start: " + read.describeFailures());
        }
        List<LeadTiming> handedOff = new ArrayList<>();
        for (LeadTiming timing : timings) {
            if (timing != null) {
                handedOff.add(timing);
            }
        }
        if (handedOff.isEmpty()) {
            return;
        }
        series.record("node.tps", LeadTiming.leadsPerSecond(handedOff));
        Percentiles handOff = Percentiles.of(LeadTiming.nanos(handedOff, LeadTiming::handOff));
        series.record("node.p50", handOff.p50() / 1e6);
        series.record("node.p95", handOff.p95() / 1e6);
        series.record("node.p99", handOff.p99() / 1e6);
        Percentiles job = Percentiles.of(LeadTiming.nanos(handedOff, LeadTiming::sendersJob));
        series.record("job.p50", job.p50() / 1e6);
        series.record("job.p95", job.p95() / 1e6);
        Percentiles rest = Percentiles.of(LeadTiming.nanos(handedOff, LeadTiming::ledgerToIntake));
        series.record("rest.p50", rest.p50() / 1e6);
        series.record("rest.p95", rest.p95() / 1e6);
    }

    /** The node's view of the lead once it shows its process, asking again (with a backoff) while it has none. */
    private static JsonNode awaitProcess(NodeClient node, String leadId, String processKey, AtomicLong reads)
            throws InterruptedException {
        long deadline = System.nanoTime() + LedgerHandOff.OBSERVE_WAIT.toNanos();
        for (int attempt = 0; ; attempt++) {
            reads.incrementAndGet();
            NodeClient.Reply reply = node.lead(leadId);
            if (reply.status() == 200) {
                if (LeadViews.processStartedAt(reply.body(), processKey).isPresent()) {
                    return reply.body();
                }
            } else if (reply.status() != 404) {
                reply.expect(200);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + processKey + " process for " + leadId + " after "
                        + LedgerHandOff.OBSERVE_WAIT.toSeconds() + " s");
            }
            Thread.sleep(POLL.pauseBefore(attempt).toMillis());
        }
    }

    /**
     * Leads on both paths, not measured: the receiver's stream connected, and enough node leads
     * that both engines' code paths are compiled (a cold node spends most of a lead's CPU in its
     * JIT compiler; see NodeLevelScenario's warm-up).
     */
    private void warmUp(LedgerHandOff ledger) throws Exception {
        ledger.warmUp(scenario + " hand-off", ledger::prepareEvidence);
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<String> failures = new ArrayList<>();
            List<String> items = evidence.prepare(WARM_UP_LEADS, failures);
            Series series = new Series();
            if (items.size() == WARM_UP_LEADS) {
                nodeLeads(ledger, items, WARM_UP_CONCURRENCY, series, new CpuProfile(context.cpu()), new AtomicLong(),
                        failures);
            }
            if (failures.isEmpty() && series.has("node.p50")) {
                return;
            }
            context.progress("node hand-off warm-up attempt %d: %s", attempt, failures);
        }
        throw new IllegalStateException("no warm-up lead reached the procuratorate node's intake");
    }

    /** Where the node-level latency goes: the sender's job, then ledger and receiver (medians over runs). */
    private static String breakdown(Series series) {
        if (!series.has("job.p50")) {
            return "no lead handed off";
        }
        return String.format(Locale.ROOT, "of the hand-off, sender's process started → its job created the"
                        + " submitLead transaction p50 %.0f ms, p95 %.0f ms; transaction created → receiver's intake"
                        + " started p50 %.0f ms, p95 %.0f ms", series.summary("job.p50").median(),
                series.summary("job.p95").median(), series.summary("rest.p50").median(),
                series.summary("rest.p95").median());
    }

    private List<Figure> figures(int concurrency, int total, Series series, List<String> failures, String note) {
        String label = "c=" + concurrency + ", " + total + " leads/run";
        if (!series.has("node.tps") || !series.has("ledger.tps")) {
            return List.of(Figure.notMeasured(scenario, "lead hand-off node to node, " + label, "leads/s",
                    "no run completed: " + String.join("; ", failures)));
        }
        if (!failures.isEmpty()) {
            context.note("node hand-off " + label + ": " + String.join("; ", failures));
            note = String.join("; ", failures) + "; " + note;
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(scenario, "lead hand-off node to node (POST /api/leads → receiver's intake started), "
                        + label, "leads/s", series.summary("node.tps"))
                .against(LEDGER_BASELINE, series.summary("ledger.tps")).withNote(note));
        for (String percentile : List.of("p50", "p95", "p99")) {
            Figure figure = Figure.of(scenario, "lead hand-off node to node, sender's process started → receiver's"
                            + " intake started " + percentile + ", " + label, "ms",
                    series.summary("node." + percentile))
                    .against(LEDGER_BASELINE + ": submit → observed", series.summary("ledger." + percentile));
            if (percentile.equals("p95")) {
                figure = figure.withTarget(Target.atMost(HandOffScenario.TARGET_P95_MS, "≤ 3,000 ms"));
            }
            figures.add(figure);
        }
        return figures;
    }
}
