package cn.procuratorate.evidence.benchmark;

import cn.procuratorate.evidence.benchmark.consortium.ConsortiumSettings;
import cn.procuratorate.evidence.benchmark.report.Setting;
import cn.procuratorate.evidence.ledger.client.Deadlines;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.store.EvidenceStoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the settings printed with the results: channel, peers, and this client's. */
final class BenchmarkSettings {
    private static final String CLIENT = "client";

    private BenchmarkSettings() {}

    static List<Setting> collect(Path repoRoot, List<ConnectionProfile> agencies, BenchmarkPlan plan,
            EvidenceStoreSettings store, String scratchBucket) {
        List<Setting> settings = new ArrayList<>();
        Path configtx = repoRoot.resolve("network/run/channel/configtx.yaml");
        settings.addAll(ConsortiumSettings.channel(configtx, "network/run/channel/configtx.yaml"));
        List<List<Setting>> peers = new ArrayList<>();
        for (ConnectionProfile agency : agencies) {
            Map<String, String> environment = peerEnvironment(repoRoot, agency.agency());
            Path configDir = environment.containsKey("FABRIC_CFG_PATH")
                    ? Path.of(environment.get("FABRIC_CFG_PATH"))
                    : repoRoot.resolve("network/.bin/config");
            Path core = configDir.resolve("core.yaml");
            peers.add(ConsortiumSettings.peer(agency.agency(), core, display(repoRoot, core), environment));
        }
        settings.addAll(ConsortiumSettings.mergeEqualPeers(peers));
        settings.addAll(client(plan, store, scratchBucket));
        return settings;
    }

    private static List<Setting> client(BenchmarkPlan plan, EvidenceStoreSettings store, String scratchBucket) {
        Deadlines deadlines = Deadlines.defaults();
        String source = "benchmark " + plan.mode() + " plan";
        return List.of(
                new Setting(CLIENT, "runs per figure", Integer.toString(plan.runs()), source),
                new Setting(CLIENT, "anchoring concurrency (threads)", plan.anchoringConcurrencies().toString(), source),
                new Setting(CLIENT, "hand-off concurrency (threads)", plan.handOffConcurrencies().toString(), source),
                new Setting(CLIENT, "ingest concurrency, many files (threads)", Integer.toString(plan.ingestConcurrency()),
                        source),
                new Setting(CLIENT, "node uploads of many 4 KiB files (threads)",
                        Integer.toString(plan.nodeSmallFileConcurrency()), source),
                new Setting(CLIENT, "preload concurrency (threads)", Integer.toString(plan.preloadConcurrency()), source),
                new Setting(CLIENT, "growth anchoring concurrency (threads)", Integer.toString(plan.growthConcurrency()),
                        source),
                new Setting(CLIENT, "gateway connections", "1 per agency (sender police, receiver procuratorate)",
                        "LedgerConnection"),
                new Setting(CLIENT, "deadlines endorse / submit / commit status",
                        deadlines.endorse() + " / " + deadlines.submit() + " / " + deadlines.commitStatus(),
                        "Deadlines.defaults()"),
                new Setting(CLIENT, "store part size / max concurrent uploads",
                        (store.partSizeBytes() >> 20) + " MiB / " + store.maxConcurrentUploads(),
                        "EvidenceStoreSettings.defaults()"),
                new Setting(CLIENT, "bucket", scratchBucket + " (versioned, no object lock; emptied and removed after)",
                        "MinIO root credentials"));
    }

    private static Map<String, String> peerEnvironment(Path repoRoot, String agency) {
        Path pidFile = repoRoot.resolve("network/run/pids/peer-" + agency + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ConsortiumSettings.processEnvironment(pid);
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static String display(Path repoRoot, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = repoRoot.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
