package cn.procuratorate.evidence.systemtests.network;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.client.ChainInfo;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import cn.procuratorate.evidence.systemtests.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A consortium of its own (scratch run folder, ports far from the shared one), taken through
 * the life cycle an operator sees: up, transactions from every agency, down and up on the kept
 * ledger, down --clean and up on a fresh channel, and up with a changed chaincode, which
 * deploys the next sequence. The shared consortium is never touched.
 */
@Tag("consortium")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsortiumLifecycleIT {
    private static final String AGENCIES = """
            procuratorate  ProcuratorateMSP  PROCURATORATE  17100  Procuratorate
            police         PoliceMSP         POLICE         17200  Police
            court          CourtMSP          COURT          17300  Court
            """;

    private static Path scratch;
    private static final Map<String, String> writtenByAgency = new LinkedHashMap<>();
    private static long heightBeforeRestart;

    @BeforeAll
    static void upScratchConsortium() throws Exception {
        scratch = Files.createTempDirectory("consortium-lifecycle");
        Files.writeString(scratch.resolve("agencies.conf"), AGENCIES);
        ScriptRun up = script("up").run();
        assertThat(up.exitCode()).as(up.output()).isZero();
    }

    @AfterAll
    static void wipeScratchConsortium() throws Exception {
        if (scratch != null) {
            ScriptRun down = script("down", "--clean").run();
            assertThat(down.exitCode()).as(down.output()).isZero();
        }
    }

    @Test
    @Order(1)
    void aTransactionFromEachAgencyCommitsAndEveryPeerSeesItAtTheSameHeight() {
        for (ConnectionProfile profile : profiles()) {
            try (LedgerConnection connection = LedgerConnection.open(profile)) {
                String key = "lifecycle-" + profile.agency() + "-" + UUID.randomUUID();
                connection.probe().write(key, profile.mspId());
                writtenByAgency.put(key, profile.mspId());
            }
        }
        try (LedgerConnection police = LedgerConnection.open(profile("police"))) {
            List<ChainInfo> heights = profiles().stream().map(p -> police.chainInfo(p.mspId())).toList();
            assertThat(heights).extracting(ChainInfo::height).containsOnly(heights.get(0).height());
            assertThat(heights).extracting(ChainInfo::currentBlockHash).containsOnly(heights.get(0).currentBlockHash());
            for (ConnectionProfile peerOwner : profiles()) {
                writtenByAgency.forEach((key, value) ->
                        assertThat(police.probe().readAt(peerOwner.mspId(), key)).contains(value));
            }
            heightBeforeRestart = heights.get(0).height();
        }
    }

    @Test
    @Order(2)
    void upOnARunningConsortiumChangesNothing() throws Exception {
        ScriptRun again = script("up").run();

        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("already running; nothing changed");
        try (LedgerConnection police = LedgerConnection.open(profile("police"))) {
            assertThat(police.chainInfo().height()).isEqualTo(heightBeforeRestart);
        }
    }

    @Test
    @Order(3)
    void downThenUpKeepsTheLedger() throws Exception {
        assertThat(script("down").run().exitCode()).isZero();
        assertThat(pidFiles()).isEmpty();
        ScriptRun up = script("up").run();
        assertThat(up.exitCode()).as(up.output()).isZero();

        try (LedgerConnection court = LedgerConnection.open(profile("court"))) {
            for (ConnectionProfile peerOwner : profiles()) {
                assertThat(court.chainInfo(peerOwner.mspId()).height()).isEqualTo(heightBeforeRestart);
                writtenByAgency.forEach((key, value) ->
                        assertThat(court.probe().readAt(peerOwner.mspId(), key)).contains(value));
            }
        }
    }

    @Test
    @Order(4)
    void downCleanThenUpStartsAFreshChannel() throws Exception {
        assertThat(script("down", "--clean").run().exitCode()).isZero();
        assertThat(scratch.resolve("run")).doesNotExist();
        ScriptRun up = script("up").run();
        assertThat(up.exitCode()).as(up.output()).isZero();

        try (LedgerConnection procuratorate = LedgerConnection.open(profile("procuratorate"))) {
            assertThat(procuratorate.chainInfo().height()).isLessThan(heightBeforeRestart);
            writtenByAgency.keySet().forEach(key -> assertThat(procuratorate.probe().read(key)).isEmpty());
            assertThat(procuratorate.agencies().list()).hasSize(3);
        }
    }

    @Test
    @Order(5)
    void upWithAChangedChaincodeJarDeploysTheNextSequence() throws Exception {
        Path changedJar = withExtraEntry(RepoPaths.root().resolve("chaincode/target/evidence-chaincode.jar"));
        assertThat(script("down").run().exitCode()).isZero();

        ScriptRun up = script("up").env("EVIDENCE_CHAINCODE_JAR", changedJar.toString()).run();

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains("as sequence 2");
        try (LedgerConnection police = LedgerConnection.open(profile("police"))) {
            String key = "after-upgrade-" + UUID.randomUUID();
            police.probe().write(key, "upgraded");
            for (ConnectionProfile peerOwner : profiles()) {
                assertThat(police.probe().readAt(peerOwner.mspId(), key)).contains("upgraded");
            }
        }
    }

    /** The same chaincode with one more file: a different package, hence a new sequence. */
    private static Path withExtraEntry(Path jar) throws IOException {
        Path changed = scratch.resolve("evidence-chaincode-changed.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("META-INF/upgrade-test.txt"));
            out.write(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return changed;
    }

    private static ScriptRun.Builder script(String name, String... args) {
        return ScriptRun.of(name, args)
                .env("EVIDENCE_NETWORK_RUN", scratch.resolve("run").toString())
                .env("EVIDENCE_AGENCIES_FILE", scratch.resolve("agencies.conf").toString())
                .env("EVIDENCE_MINIO_API_PORT", "17090")
                .env("EVIDENCE_MINIO_CONSOLE_PORT", "17091");
    }

    private static List<ConnectionProfile> profiles() {
        return ProfileDirectory.at(scratch.resolve("run/profiles")).allAgencies();
    }

    private static ConnectionProfile profile(String agency) {
        return ProfileDirectory.at(scratch.resolve("run/profiles")).agency(agency);
    }

    private static List<Path> pidFiles() throws IOException {
        Path pids = scratch.resolve("run/pids");
        if (!Files.isDirectory(pids)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pids)) {
            return files.toList();
        }
    }
}
