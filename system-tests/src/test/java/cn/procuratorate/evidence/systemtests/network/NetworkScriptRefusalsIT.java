package cn.procuratorate.evidence.systemtests.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The network scripts refuse bad situations with a clear message and a non-zero exit, and leave
 * nothing running. Each test points the scripts at a scratch run folder and agency file so the
 * consortium the other tests use is never touched.
 */
class NetworkScriptRefusalsIT {

    @TempDir Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"install", "up", "down", "status", "it-up"})
    void unknownFlagIsRefused(String script) throws Exception {
        ScriptRun run = isolated(ScriptRun.of(script, "--no-such-flag")).run();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("unknown flag: --no-such-flag").contains("usage:");
        assertNothingRunning();
    }

    @Test
    void installWithoutGoSaysSo() throws Exception {
        Path bin = Files.createDirectories(scratch.resolve("empty-bin"));
        ScriptRun run = isolated(ScriptRun.of("install"))
                .env("PATH", pathWithout("go"))
                .env("EVIDENCE_NETWORK_BIN", bin.toString())
                .run();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("Go is not installed");
        assertThat(bin).isEmptyDirectory();
    }

    @Test
    void installWithTooOldGoSaysSo() throws Exception {
        Path fakeGoDir = Files.createDirectories(scratch.resolve("old-go"));
        Path fakeGo = fakeGoDir.resolve("go");
        Files.writeString(fakeGo, "#!/bin/sh\n[ \"$1 $2\" = \"env GOVERSION\" ] && echo go1.20.7 && exit 0\nexit 1\n");
        Files.setPosixFilePermissions(fakeGo, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path bin = Files.createDirectories(scratch.resolve("empty-bin"));

        ScriptRun run = isolated(ScriptRun.of("install"))
                .env("PATH", fakeGoDir + ":" + pathWithout("go"))
                .env("EVIDENCE_NETWORK_BIN", bin.toString())
                .run();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("Go 1.20.7 is too old");
        assertThat(bin).isEmptyDirectory();
    }

    @Test
    void upRefusesATakenPort() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = squatter.getLocalPort();
            ScriptRun run = isolated(ScriptRun.of("up", "--only-storage"))
                    .env("EVIDENCE_MINIO_API_PORT", Integer.toString(taken))
                    .env("EVIDENCE_MINIO_CONSOLE_PORT", Integer.toString(freePort()))
                    .run();

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.stderr()).contains("port " + taken).contains("already taken");
        }
        assertNothingRunning();
    }

    @Test
    void upRefusesAChaincodeJarThatWasNotBuilt() throws Exception {
        ScriptRun run = isolated(ScriptRun.of("up"))
                .env("EVIDENCE_CHAINCODE_JAR", scratch.resolve("missing/evidence-chaincode.jar").toString())
                .run();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("chaincode jar not built");
        assertNothingRunning();
    }

    @Test
    void upRefusesAMalformedAgencyFile() throws Exception {
        Path agencies = scratch.resolve("agencies.conf");
        Files.writeString(agencies, "police PoliceMSP SHERIFF 7200 Police\n");
        ScriptRun run = isolated(ScriptRun.of("up")).env("EVIDENCE_AGENCIES_FILE", agencies.toString()).run();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("unknown kind 'SHERIFF'");
        assertNothingRunning();
    }

    /** Scratch run folder and agency ports far from the real consortium's. */
    private ScriptRun.Builder isolated(ScriptRun.Builder builder) throws IOException {
        Path agencies = scratch.resolve("scratch-agencies.conf");
        if (!Files.exists(agencies)) {
            Files.writeString(agencies, "police PoliceMSP POLICE 15200 Police\ncourt CourtMSP COURT 15300 Court\n");
        }
        return builder.env("EVIDENCE_NETWORK_RUN", scratch.resolve("run").toString())
                .env("EVIDENCE_AGENCIES_FILE", agencies.toString());
    }

    private void assertNothingRunning() throws IOException {
        Path pids = scratch.resolve("run/pids");
        if (Files.isDirectory(pids)) {
            try (Stream<Path> files = Files.list(pids)) {
                assertThat(files).as("pid files left in %s", pids).isEmpty();
            }
        }
    }

    private static String pathWithout(String program) {
        StringBuilder path = new StringBuilder();
        for (String dir : System.getenv("PATH").split(":")) {
            if (!dir.isEmpty() && !Files.isExecutable(Path.of(dir, program))) {
                path.append(path.isEmpty() ? "" : ":").append(dir);
            }
        }
        return path.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
