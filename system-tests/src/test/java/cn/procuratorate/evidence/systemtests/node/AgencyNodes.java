package cn.procuratorate.evidence.systemtests.node;

import cn.procuratorate.evidence.systemtests.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops the agency nodes through network/nodes-up and nodes-down, with the settings a
 * test needs (as JVM system properties), so that every test class runs against nodes it started.
 */
public final class AgencyNodes {
    /** Small enough that an oversize upload is quick to send, large enough for the 100 MiB file. */
    public static final String TEST_MAX_UPLOAD = "256MB";

    private AgencyNodes() {}

    public static void restartAll(String... extraJvmOptions) {
        run("nodes-down");
        start(extraJvmOptions);
    }

    public static void start(String... extraJvmOptions) {
        List<String> opts = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC",
                "-Devidence.upload.max-size=" + TEST_MAX_UPLOAD, "-Devidence.accesses.flush-interval=1s"));
        opts.addAll(List.of(extraJvmOptions));
        run("nodes-up", "EVIDENCE_NODE_JAVA_OPTS=" + String.join(" ", opts));
    }

    public static void stopAll() {
        run("nodes-down");
    }

    /** SIGKILL, as a crash would: no shutdown hook, no flush. */
    public static void kill(String agency) throws Exception {
        Path pidFile = RepoPaths.root().resolve("network/run/pids/node-" + agency + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("node not running"));
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        Files.delete(pidFile);
    }

    private static void run(String script, String... env) {
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", RepoPaths.network(script).toString()).inheritIO();
            for (String assignment : env) {
                int eq = assignment.indexOf('=');
                pb.environment().put(assignment.substring(0, eq), assignment.substring(eq + 1));
            }
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("network/" + script + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("network/" + script + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
