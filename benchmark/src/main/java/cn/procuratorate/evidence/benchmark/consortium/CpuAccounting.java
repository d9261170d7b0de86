package cn.procuratorate.evidence.benchmark.consortium;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of every consortium process (network/run/pids/*.pid) and of this benchmark's JVM,
 * from /proc/&lt;pid&gt;/stat: a snapshot before and after a measurement says which process paid
 * for it — the profile that shows where the bottleneck is on a machine where everything shares
 * the same cores.
 */
public final class CpuAccounting {
    /** USER_HZ: the unit of utime and stime in /proc/&lt;pid&gt;/stat on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    public static final String SELF = "benchmark-client";

    private final Path pidDirectory;

    public CpuAccounting(Path repoRoot) {
        this.pidDirectory = repoRoot.resolve("network").resolve("run").resolve("pids");
    }

    /** CPU seconds used so far, per process name; processes that cannot be read are left out. */
    public Snapshot snapshot() {
        Map<String, Double> seconds = new TreeMap<>();
        if (Files.isDirectory(pidDirectory)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(pidDirectory, "*.pid")) {
                for (Path file : files) {
                    String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
                    NodeProcesses.readPid(file).ifPresent(pid -> {
                        double cpu = cpuSeconds(pid);
                        if (cpu >= 0) {
                            seconds.put(name, cpu);
                        }
                    });
                }
            } catch (IOException e) {
                // no consortium processes to account for
            }
        }
        seconds.put(SELF, cpuSeconds(ProcessHandle.current().pid()));
        return new Snapshot(System.nanoTime(), seconds);
    }

    /** utime + stime of a process, in seconds; -1 when unreadable. */
    static double cpuSeconds(long pid) {
        try {
            return parseStat(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Fields after the command name, which is in parentheses and may hold spaces. */
    static double parseStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state); utime is field 14, stime field 15.
        long utime = Long.parseLong(fields[11]);
        long stime = Long.parseLong(fields[12]);
        return (utime + stime) / TICKS_PER_SECOND;
    }

    public record Snapshot(long atNanos, Map<String, Double> seconds) {

        /** CPU seconds each process used between {@code earlier} and this snapshot. */
        public Usage since(Snapshot earlier) {
            Map<String, Double> used = new TreeMap<>();
            seconds.forEach((name, now) -> {
                Double before = earlier.seconds.get(name);
                if (before != null) {
                    used.put(name, Math.max(0, now - before));
                }
            });
            return new Usage((atNanos - earlier.atNanos) / 1e9, used);
        }
    }

    /** CPU seconds per process over a wall-clock interval; adds up over several intervals. */
    public record Usage(double wallSeconds, Map<String, Double> cpuSeconds) {
        public static Usage none() {
            return new Usage(0, Map.of());
        }

        public Usage plus(Usage other) {
            Map<String, Double> sum = new TreeMap<>(cpuSeconds);
            other.cpuSeconds.forEach((name, value) -> sum.merge(name, value, Double::sum));
            return new Usage(wallSeconds + other.wallSeconds, sum);
        }

        public double totalCpuSeconds() {
            return cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /**
         * "cores busy 1.90 of 2; CPU ms per op: chaincode-police 3.10, peer-police 2.00, …, total 9.80",
         * largest first.
         */
        public String describe(long operations, int cores) {
            if (wallSeconds <= 0 || operations <= 0) {
                return "no CPU data";
            }
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "cores busy %.2f of %d; CPU ms per op:",
                    totalCpuSeconds() / wallSeconds, cores));
            cpuSeconds.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .filter(entry -> entry.getValue() * 1000 / operations >= 0.01)
                    .forEach(entry -> out.append(String.format(Locale.ROOT, " %s %.2f,", entry.getKey(),
                            entry.getValue() * 1000 / operations)));
            out.append(String.format(Locale.ROOT, " total %.2f", totalCpuSeconds() * 1000 / operations));
            return out.toString();
        }
    }
}
