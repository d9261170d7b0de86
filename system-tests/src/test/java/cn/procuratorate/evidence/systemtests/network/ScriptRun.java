package cn.procuratorate.evidence.systemtests.network;

import cn.procuratorate.evidence.systemtests.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one network script with a controlled environment and keeps its exit code and output. */
record ScriptRun(int exitCode, String stdout, String stderr) {

    static Builder of(String script, String... args) {
        return new Builder(script, args);
    }

    String output() {
        return stdout + stderr;
    }

    static final class Builder {
        private final List<String> command = new ArrayList<>();
        private final Map<String, String> env = new HashMap<>();

        private Builder(String script, String... args) {
            command.add("bash");
            command.add(RepoPaths.network(script).toString());
            command.addAll(List.of(args));
        }

        Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        ScriptRun run() throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            Path out = Files.createTempFile("script", ".out");
            Path err = Files.createTempFile("script", ".err");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process process = pb.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 5 minutes");
            }
            ScriptRun run = new ScriptRun(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return run;
        }
    }
}
