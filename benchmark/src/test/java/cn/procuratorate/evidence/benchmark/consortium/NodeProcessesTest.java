package cn.procuratorate.evidence.benchmark.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeProcessesTest {

    @TempDir
    Path repo;

    @Test
    void withoutAJarTheNodeIsNotBuilt() {
        NodeProcesses nodes = NodeProcesses.detect(repo);
        assertThat(nodes.measurable()).isFalse();
        assertThat(nodes.reason()).startsWith("node not built");
    }

    @Test
    void withAJarButNoLivePidTheNodeIsNotRunning() throws Exception {
        Files.createDirectories(repo.resolve("web-api/target"));
        Files.writeString(repo.resolve("web-api/target/agency-node.jar"), "");
        Path pids = Files.createDirectories(repo.resolve("network/run/pids"));
        Files.writeString(pids.resolve("node-police.pid"), "999999999\n");
        Files.writeString(pids.resolve("peer-police.pid"), Long.toString(ProcessHandle.current().pid()));
        NodeProcesses nodes = NodeProcesses.detect(repo);
        assertThat(nodes.reason()).startsWith("node not running");
        assertThat(nodes.runningNodes()).isEmpty();
    }

    @Test
    void aLiveNodePidMakesItMeasurable() throws Exception {
        Files.createDirectories(repo.resolve("web-api/target"));
        Files.writeString(repo.resolve("web-api/target/agency-node.jar"), "");
        Path pids = Files.createDirectories(repo.resolve("network/run/pids"));
        long self = ProcessHandle.current().pid();
        Files.writeString(pids.resolve("node-court.pid"), self + "\n");
        NodeProcesses nodes = NodeProcesses.detect(repo);
        assertThat(nodes.measurable()).isTrue();
        assertThat(nodes.runningNodes()).containsEntry("court", self);
        assertThat(NodeProcesses.peakRssKib(self)).isPositive();
    }
}
