package cn.procuratorate.evidence.benchmark.consortium;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether agency nodes (web-api) can be measured: the node's jar is built and at least one node
 * runs, by {@code network/run/pids/node-<agency>.pid} naming a live process.
 *
 * @param runningNodes agency → process id of every live node
 * @param reason       why node-level figures cannot be measured, or null when they can
 */
public record NodeProcesses(Map<String, Long> runningNodes, String reason) {

    public static NodeProcesses detect(Path repoRoot) {
        boolean jarBuilt = false;
        Path target = repoRoot.resolve("web-api").resolve("target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "*.jar")) {
                jarBuilt = jars.iterator().hasNext();
            } catch (IOException e) {
                jarBuilt = false;
            }
        }
        Map<String, Long> running = new TreeMap<>();
        Path pids = repoRoot.resolve("network").resolve("run").resolve("pids");
        if (Files.isDirectory(pids)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(pids, "node-*.pid")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    String agency = name.substring("node-".length(), name.length() - ".pid".length());
                    readPid(file).filter(NodeProcesses::alive).ifPresent(pid -> running.put(agency, pid));
                }
            } catch (IOException e) {
                // unreadable pid directory: treated as no node
            }
        }
        String reason = null;
        if (!jarBuilt) {
            reason = "node not built (no web-api/target/*.jar)";
        } else if (running.isEmpty()) {
            reason = "node not running (no live process in network/run/pids/node-*.pid)";
        }
        return new NodeProcesses(Map.copyOf(running), reason);
    }

    public boolean measurable() {
        return reason == null;
    }

    /** Peak resident set size (VmHWM) of a process in KiB, from /proc; -1 if unreadable. */
    public static long peakRssKib(long pid) {
        return statusField(pid, "VmHWM:");
    }

    static long statusField(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    List<String> parts = new ArrayList<>(List.of(line.substring(field.length()).trim().split("\\s+")));
                    return Long.parseLong(parts.get(0));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    static java.util.Optional<Long> readPid(Path file) {
        try {
            return java.util.Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
