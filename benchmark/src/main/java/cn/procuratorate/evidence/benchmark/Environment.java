package cn.procuratorate.evidence.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Facts about the machine and the run, printed above the settings. */
final class Environment {
    private Environment() {}

    static Map<String, String> describe(Path repoRoot, BenchmarkPlan plan, List<Scenario> scenarios) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("mode", plan.mode() + " (" + plan.runs() + " runs per figure)");
        facts.put("scenarios", scenarios.stream().map(Scenario::id).collect(Collectors.joining(", ")));
        facts.put("CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available (shared with the whole consortium and MinIO)");
        facts.put("memory", memory());
        facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        facts.put("commit", git(repoRoot));
        facts.put("agencies", BenchmarkContext.SENDER + " sends and registers, " + BenchmarkContext.RECEIVER
                + " receives leads");
        return facts;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MiB total")
                    .findFirst().orElse("unknown");
        } catch (IOException | NumberFormatException e) {
            return "unknown";
        }
    }

    private static String git(Path repoRoot) {
        try {
            Process process = new ProcessBuilder("git", "-C", repoRoot.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? text : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
