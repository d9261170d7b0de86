package cn.procuratorate.evidence.benchmark.node;

import cn.procuratorate.evidence.benchmark.consortium.NodeProcesses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Agency nodes for the node-level figures: uses the nodes already running, or starts them with
 * {@code network/nodes-up} (which keeps {@code EVIDENCE_NODE_JAVA_OPTS}, default
 * {@code -Xmx256m -XX:+UseSerialGC}) and stops them again with {@code network/nodes-down} on close.
 * Nodes someone else started are never stopped.
 */
public final class NodeLifecycle implements AutoCloseable {
    private static final long SCRIPT_TIMEOUT_MINUTES = 10;

    private final Path repoRoot;
    private final boolean startedHere;
    private final Consumer<String> progress;

    private NodeLifecycle(Path repoRoot, boolean startedHere, Consumer<String> progress) {
        this.repoRoot = repoRoot;
        this.startedHere = startedHere;
        this.progress = progress;
    }

    public static NodeLifecycle ensureRunning(Path repoRoot, Consumer<String> progress)
            throws IOException, InterruptedException {
        if (!NodeProcesses.detect(repoRoot).runningNodes().isEmpty()) {
            progress.accept("agency nodes already running: using them, leaving them running");
            return new NodeLifecycle(repoRoot, false, progress);
        }
        progress.accept("no agency node running: starting them with network/nodes-up");
        NodeLifecycle started = new NodeLifecycle(repoRoot, true, progress);
        try {
            started.script("nodes-up");
        } catch (IOException | RuntimeException | InterruptedException e) {
            started.close(); // whatever did start is stopped again
            throw e;
        }
        return started;
    }

    public boolean startedHere() {
        return startedHere;
    }

    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        progress.accept("stopping the agency nodes this run started (network/nodes-down)");
        try {
            script("nodes-down");
        } catch (Exception e) {
            progress.accept("network/nodes-down failed: " + e);
        }
    }

    private void script(String name) throws IOException, InterruptedException {
        Path script = repoRoot.resolve("network").resolve(name);
        // The scripts' output is progress: it goes to this JVM's stderr, with the other progress lines.
        Process process = new ProcessBuilder(script.toString()).directory(repoRoot.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        Thread copier = new Thread(() -> {
            try {
                process.getInputStream().transferTo(System.err);
            } catch (IOException ignored) {
                // the script ended
            }
        }, "network-" + name + "-output");
        copier.setDaemon(true);
        copier.start();
        if (!process.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IOException("network/" + name + " did not finish in " + SCRIPT_TIMEOUT_MINUTES + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException("network/" + name + " failed with exit code " + process.exitValue());
        }
    }
}
