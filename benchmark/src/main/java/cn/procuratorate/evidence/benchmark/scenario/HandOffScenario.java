package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lead hand-off at the ledger level: the sender submits a lead (with one evidence item of its
 * own, which the chaincode grants to the receiver in the same transaction) through
 * {@code LedgerTransactions.submit}; the receiver's {@link LedgerEventStream}, on its own peer,
 * observes the {@code LeadSubmitted} event. Latency is from the sender's submit to that
 * observation; throughput is leads observed per second. Baseline: the probe write's
 * submit→commit at the sender, same concurrency. The node-level hand-off (the receiver's intake
 * process started) is reported by {@link NodeLevelScenario}.
 */
public final class HandOffScenario implements Scenario {
    static final double TARGET_P95_MS = 3000;
    private static final Duration OBSERVE_WAIT = Duration.ofSeconds(60);

    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> observedAt = new ConcurrentHashMap<>();
    /** The block of the last event the receiver's stream handled (every event, not only leads). */
    private final AtomicLong lastHandledBlock = new AtomicLong(-1);

    @Override
    public String id() {
        return "hand-off";
    }

    @Override
    public String title() {
        return "lead submit (sender) → LeadSubmitted observed (receiver) vs probe write";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        LedgerConnection receiver = context.receiver();
        String receiverMsp = receiver.mspId();
        try (LedgerEventStream stream = LedgerEventStream.builder(receiver,
                        context.workDir().resolve("hand-off-events.json"), this::observe)
                .fromNextCommitWhenNoCheckpoint()
                .threadName("bench-receiver-events")
                .start()) {
            warmUp(context, receiverMsp);
            List<Figure> figures = new ArrayList<>();
            for (int concurrency : plan.handOffConcurrencies()) {
                int total = plan.transactionsAt(concurrency, plan.handOffPerThread());
                Series series = new Series();
                List<String> failures = new ArrayList<>();
                CpuProfile cpu = new CpuProfile(context.cpu());
                for (int run = 1; run <= plan.runs(); run++) {
                    List<String> evidence = prepareEvidence(context, total, failures);
                    for (int turn = 0; turn < 2; turn++) {
                        if ((turn == 0) == (run % 2 == 1)) {
                            cpu.measure("lead", total, () -> {
                                leads(context, receiverMsp, evidence, concurrency, series, failures);
                                return null;
                            });
                        } else {
                            LoadRun probe = cpu.measure("probe", total, () -> LedgerLoad.probe(context, total,
                                    concurrency));
                            LedgerLoad.record(series, "probe", probe);
                            if (probe.failures() > 0) {
                                failures.add("probe: " + probe.describeFailures());
                            }
                        }
                    }
                    context.progress("hand-off c=%d run %d/%d (%d leads): %.1f leads/s p95 %.0f ms, probe %.1f tx/s p95 %.0f ms",
                            concurrency, run, plan.runs(), total, series.last("lead.tps"), series.last("lead.p95"),
                            series.last("probe.tps"), series.last("probe.p95"));
                }
                figures.addAll(figures(context, concurrency, total, series, failures,
                        cpu.describe(List.of("lead", "probe"), "lead or tx")));
            }
            return figures;
        }
    }

    private List<Figure> figures(BenchmarkContext context, int concurrency, int total, Series series,
            List<String> failures, String cpuProfile) {
        String label = "c=" + concurrency + ", " + total + " leads/run";
        List<Figure> figures = new ArrayList<>();
        if (!series.has("lead.tps") || !series.has("probe.tps")) {
            figures.add(Figure.notMeasured(id(), "hand-off, " + label, "leads/s", "no run completed: "
                    + String.join("; ", failures)));
            return figures;
        }
        Figure tps = Figure.of(id(), "leads handed off, " + label, "/s", series.summary("lead.tps"))
                .against(Baselines.PROBE_WRITE + " (tx/s)", series.summary("probe.tps"));
        String note = cpuProfile;
        if (!failures.isEmpty()) {
            context.note("hand-off " + label + ": " + String.join("; ", failures));
            note = String.join("; ", failures) + "; " + note;
        }
        tps = tps.withNote(note);
        figures.add(tps);
        for (String percentile : List.of("p50", "p95", "p99")) {
            String name = "submit→observed by receiver " + percentile + ", " + label;
            if (!series.has("lead." + percentile) || !series.has("probe." + percentile)) {
                figures.add(Figure.notMeasured(id(), name, "ms", "no lead observed"));
                continue;
            }
            Figure figure = Figure.of(id(), name, "ms", series.summary("lead." + percentile))
                    .against("probe:writeProbe submit→commit at the sender, same concurrency",
                            series.summary("probe." + percentile));
            if (percentile.equals("p95")) {
                figure = figure.withTarget(Target.atMost(TARGET_P95_MS, "≤ 3,000 ms"));
            }
            figures.add(figure);
        }
        return figures;
    }

    /** One evidence item of the sender's per lead: a grant per lead, so concurrent leads never conflict. */
    private List<String> prepareEvidence(BenchmarkContext context, int total, List<String> failures) {
        List<String> ids = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            ids.add(context.ids().next("lead-ev"));
        }
        LoadRun registered = LedgerLoad.registerIds(context, ids, context.plan().preloadConcurrency());
        if (registered.failures() > 0) {
            failures.add("registering the leads' evidence: " + registered.describeFailures());
        }
        awaitReceiverCaughtUp(context, failures);
        return ids;
    }

    /**
     * The registrations' events reach the receiver's stream too, each checkpointed: let it work
     * through them before the leads are timed, so that lead latency is not the backlog of the
     * preparation.
     */
    private void awaitReceiverCaughtUp(BenchmarkContext context, List<String> failures) {
        long lastBlock = context.sender().chainInfo().height() - 1;
        long deadline = System.nanoTime() + OBSERVE_WAIT.toNanos();
        while (lastHandledBlock.get() < lastBlock && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (lastHandledBlock.get() < lastBlock) {
            failures.add("the receiver's stream had not reached block " + lastBlock + " after "
                    + OBSERVE_WAIT.toSeconds() + " s (at " + lastHandledBlock.get() + ")");
        }
    }

    private void leads(BenchmarkContext context, String receiverMsp, List<String> evidence, int concurrency,
            Series series, List<String> failures) throws InterruptedException {
        List<String> leadIds = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            leadIds.add(context.ids().next("lead"));
        }
        LedgerConnection sender = context.sender();
        LoadRun submitted = ClosedLoop.run("lead", leadIds.size(), concurrency, i -> {
            String leadId = leadIds.get(i);
            String request = CanonicalJson.toJson(new LeadSubmission(leadId, receiverMsp, List.of(evidence.get(i)),
                    "", BenchmarkContext.USER).validated());
            submittedAt.put(leadId, System.nanoTime());
            sender.transactions().submit(Leads.NAME, Leads.SUBMIT_LEAD, request);
        });
        if (submitted.failures() > 0) {
            failures.add("submitLead: " + submitted.describeFailures());
        }
        int expected = submitted.succeeded();
        long deadline = System.nanoTime() + OBSERVE_WAIT.toNanos();
        while (observedCount(leadIds) < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long[] latencies = leadIds.stream().filter(observedAt::containsKey)
                .mapToLong(id -> observedAt.get(id) - submittedAt.get(id)).toArray();
        if (latencies.length < expected) {
            failures.add((expected - latencies.length) + " committed leads not observed by the receiver within "
                    + OBSERVE_WAIT.toSeconds() + " s");
        }
        if (latencies.length > 0) {
            long first = leadIds.stream().mapToLong(submittedAt::get).min().orElseThrow();
            long last = leadIds.stream().filter(observedAt::containsKey).mapToLong(observedAt::get).max().orElseThrow();
            series.record("lead.tps", latencies.length / ((last - first) / 1e9));
            Percentiles percentiles = Percentiles.of(latencies);
            series.record("lead.p50", percentiles.p50() / 1e6);
            series.record("lead.p95", percentiles.p95() / 1e6);
            series.record("lead.p99", percentiles.p99() / 1e6);
        }
        leadIds.forEach(id -> {
            submittedAt.remove(id);
            observedAt.remove(id);
        });
    }

    private long observedCount(List<String> leadIds) {
        return leadIds.stream().filter(observedAt::containsKey).count();
    }

    /** The receiver's handler: notes when each of our leads arrived; everything else is skipped. */
    private void observe(DeliveredEvent event) {
        long now = System.nanoTime();
        lastHandledBlock.accumulateAndGet(event.blockNumber(), Math::max);
        if (!LedgerEvents.LEAD_SUBMITTED.equals(event.name())) {
            return;
        }
        LedgerEvent decoded = event.decode();
        if (decoded.lead() != null && submittedAt.containsKey(decoded.lead().leadId())) {
            observedAt.putIfAbsent(decoded.lead().leadId(), now);
        }
    }

    /** One lead end to end, which also proves the receiver's stream is connected before timing starts. */
    private void warmUp(BenchmarkContext context, String receiverMsp) throws Exception {
        context.progress("hand-off: waiting for the receiver's event stream");
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<String> failures = new ArrayList<>();
            List<String> evidence = prepareEvidence(context, 2, failures);
            Series series = new Series();
            leads(context, receiverMsp, evidence, 2, series, failures);
            if (failures.isEmpty() && series.has("lead.p50")) {
                return;
            }
            context.progress("hand-off warm-up attempt %d: %s", attempt, failures);
        }
        throw new IllegalStateException("the receiver never observed a warm-up lead; is its event stream working?");
    }
}
