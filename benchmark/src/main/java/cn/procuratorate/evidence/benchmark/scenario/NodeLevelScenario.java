package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.consortium.NodeProcesses;
import cn.procuratorate.evidence.benchmark.report.Figure;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures that need a running agency node (web-api): uploads through its HTTP API, its peak
 * RSS during a 2 GiB upload, verification through its API, and the node-to-node hand-off up to
 * the receiver's intake process. Until a node runs (network/run/pids/node-*.pid) they are
 * reported as not measured, with the reason. The HTTP driver comes with the node's API; this
 * class is where it goes.
 */
public final class NodeLevelScenario implements Scenario {

    @Override
    public String id() {
        return "node";
    }

    @Override
    public String title() {
        return "the same figures through a running agency node";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) {
        NodeProcesses nodes = context.nodes();
        String reason = nodes.measurable()
                ? "node running (" + describe(nodes.runningNodes()) + ") but the node-level driver is not written yet"
                : nodes.reason();
        BenchmarkPlan plan = context.plan();
        return List.of(
                Figure.notMeasured(id(), "upload API, one " + BenchmarkPlan.size(plan.largeFileBytes()) + " file", "MB/s",
                        reason),
                Figure.notMeasured(id(), String.format(Locale.ROOT, "upload API, %,d × 1 MiB", plan.mediumFiles()), "files/s",
                        reason),
                Figure.notMeasured(id(), String.format(Locale.ROOT, "upload API, %,d × 4 KiB", plan.smallFiles()), "files/s",
                        reason),
                Figure.notMeasured(id(), "node peak RSS (VmHWM) during a "
                        + BenchmarkPlan.size(BenchmarkPlan.NODE_RSS_UPLOAD_BYTES) + " upload", "MiB", reason),
                Figure.notMeasured(id(), "verify-by-id through the API p95", "ms", reason),
                Figure.notMeasured(id(), "verify-by-file through the API p95", "ms", reason),
                Figure.notMeasured(id(), "lead hand-off node to node (receiver's intake started) p95", "ms", reason));
    }

    private static String describe(Map<String, Long> nodes) {
        StringBuilder out = new StringBuilder();
        nodes.forEach((agency, pid) -> out.append(out.length() == 0 ? "" : ", ").append(agency).append(" pid ")
                .append(pid));
        return out.toString();
    }
}
