package cn.procuratorate.evidence.benchmark.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.benchmark.report.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsortiumSettingsTest {

    @TempDir
    Path dir;

    /** The shape network/up writes: anchors, aliases and merge keys. */
    private static final String CONFIGTX = """
            Capabilities:
              Channel: &ChannelCapabilities {V3_0: true}
            Application: &ApplicationDefaults
              Policies:
                Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
            Orderer: &OrdererDefaults
              OrdererType: etcdraft
              BatchTimeout: 250ms
              BatchSize:
                MaxMessageCount: 100
                AbsoluteMaxBytes: 10 MB
                PreferredMaxBytes: 2 MB
            Profiles:
              Evidence:
                <<: *ChannelCapabilities
                Orderer:
                  <<: *OrdererDefaults
            """;

    private static final String CORE = """
            peer:
              gateway:
                enabled: true
                endorsementTimeout: 30s
                broadcastTimeout: 30s
              limits:
                concurrency:
                  endorserService: 2500
                  deliverService: 2500
                  gatewayService: 500
            """;

    @Test
    void readsTheBatchSettingsThroughAnchorsAndMergeKeys() throws Exception {
        Path configtx = Files.writeString(dir.resolve("configtx.yaml"), CONFIGTX);
        List<Setting> settings = ConsortiumSettings.channel(configtx, "configtx.yaml");
        assertThat(settings).extracting(Setting::name, Setting::value).contains(
                org.assertj.core.groups.Tuple.tuple("BatchTimeout", "250ms"),
                org.assertj.core.groups.Tuple.tuple("BatchSize.MaxMessageCount", "100"),
                org.assertj.core.groups.Tuple.tuple("BatchSize.AbsoluteMaxBytes", "10 MB"),
                org.assertj.core.groups.Tuple.tuple("OrdererType", "etcdraft"),
                org.assertj.core.groups.Tuple.tuple("Endorsement policy", "MAJORITY Endorsement"));
        assertThat(settings.get(0).source()).contains("EVIDENCE_BATCH_TIMEOUT");
    }

    @Test
    void anUnreadableConfigtxIsReportedNotThrown() {
        List<Setting> settings = ConsortiumSettings.channel(dir.resolve("missing.yaml"), "missing.yaml");
        assertThat(settings).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualTo("unknown");
            assertThat(s.source()).contains("could not read missing.yaml");
        });
    }

    @Test
    void peerValuesComeFromCoreYamlUnlessTheEnvironmentOverridesThem() throws Exception {
        Path core = Files.writeString(dir.resolve("core.yaml"), CORE);
        List<Setting> settings = ConsortiumSettings.peer("police", core, "core.yaml",
                Map.of("CORE_PEER_LIMITS_CONCURRENCY_GATEWAYSERVICE", "1000"));
        assertThat(settings).contains(
                new Setting("peer police", "limits.concurrency.gatewayService", "1000",
                        "environment CORE_PEER_LIMITS_CONCURRENCY_GATEWAYSERVICE"),
                new Setting("peer police", "limits.concurrency.endorserService", "2500", "core.yaml"),
                new Setting("peer police", "gateway.endorsementTimeout", "30s", "core.yaml"));
    }

    @Test
    void aKeyMissingFromCoreYamlSaysWhatFabricDoesThen() throws Exception {
        Path core = Files.writeString(dir.resolve("core.yaml"), "peer:\n  gateway:\n    enabled: true\n");
        List<Setting> settings = ConsortiumSettings.peer("court", core, "core.yaml", Map.of());
        assertThat(settings.get(0).value()).startsWith("not set");
    }

    @Test
    void equalPeersCollapseIntoOneRowAndDifferentOnesStaySeparate() throws Exception {
        Path core = Files.writeString(dir.resolve("core.yaml"), CORE);
        List<Setting> police = ConsortiumSettings.peer("police", core, "core.yaml", Map.of());
        List<Setting> court = ConsortiumSettings.peer("court", core, "core.yaml",
                Map.of("CORE_PEER_GATEWAY_BROADCASTTIMEOUT", "10s"));
        List<Setting> merged = ConsortiumSettings.mergeEqualPeers(List.of(police, court));
        assertThat(merged).contains(new Setting("peers (all 2)", "limits.concurrency.gatewayService", "500",
                "core.yaml"));
        assertThat(merged).filteredOn(s -> s.name().equals("gateway.broadcastTimeout"))
                .extracting(Setting::section).containsExactly("peer police", "peer court");
    }
}
