package cn.procuratorate.evidence.benchmark.consortium;

import cn.procuratorate.evidence.benchmark.report.Setting;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The consortium settings that shape the figures, read from where the running network got them:
 * the channel's batch settings from {@code network/run/channel/configtx.yaml} (what
 * {@code network/up} generated the genesis block from), and each peer's gateway and concurrency
 * limits from its {@code core.yaml} unless its process environment overrides them.
 */
public final class ConsortiumSettings {
    static final String CHANNEL = "channel";
    static final String PEER = "peer";

    /** core.yaml path → the environment variable that overrides it (Viper: upper case, '.' → '_'). */
    static final Map<String, String> PEER_KEYS = peerKeys();

    private ConsortiumSettings() {}

    private static Map<String, String> peerKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : List.of("peer.limits.concurrency.gatewayService", "peer.limits.concurrency.endorserService",
                "peer.limits.concurrency.deliverService", "peer.gateway.endorsementTimeout",
                "peer.gateway.broadcastTimeout")) {
            keys.put(key, "CORE_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return keys;
    }

    /** Batch timeout and size, orderer type and endorsement policy from a configtx.yaml. */
    public static List<Setting> channel(Path configtx, String displayPath) {
        List<Setting> settings = new ArrayList<>();
        Map<String, Object> root;
        try {
            root = load(configtx);
        } catch (IOException | RuntimeException e) {
            settings.add(new Setting(CHANNEL, "batch settings", "unknown", "could not read " + displayPath + ": " + e));
            return settings;
        }
        String source = displayPath;
        add(settings, CHANNEL, "BatchTimeout", lookup(root, "Orderer.BatchTimeout"),
                source + " (network/up: EVIDENCE_BATCH_TIMEOUT, default 500ms)");
        add(settings, CHANNEL, "BatchSize.MaxMessageCount", lookup(root, "Orderer.BatchSize.MaxMessageCount"),
                source + " (network/up: EVIDENCE_BATCH_MAX_MESSAGES, default 200)");
        add(settings, CHANNEL, "BatchSize.AbsoluteMaxBytes", lookup(root, "Orderer.BatchSize.AbsoluteMaxBytes"), source);
        add(settings, CHANNEL, "BatchSize.PreferredMaxBytes", lookup(root, "Orderer.BatchSize.PreferredMaxBytes"), source);
        add(settings, CHANNEL, "OrdererType", lookup(root, "Orderer.OrdererType"), source);
        add(settings, CHANNEL, "Endorsement policy", lookup(root, "Application.Policies.Endorsement.Rule"), source);
        return settings;
    }

    /**
     * One peer's gateway settings: the environment of its process wins over its core.yaml.
     *
     * @param environment the peer process's environment (empty if it could not be read)
     */
    public static List<Setting> peer(String agency, Path coreYaml, String coreYamlDisplay,
            Map<String, String> environment) {
        Map<String, Object> core;
        String coreProblem = null;
        try {
            core = load(coreYaml);
        } catch (IOException | RuntimeException e) {
            core = Map.of();
            coreProblem = "could not read " + coreYamlDisplay + ": " + e.getMessage();
        }
        List<Setting> settings = new ArrayList<>();
        for (Map.Entry<String, String> key : PEER_KEYS.entrySet()) {
            String name = key.getKey().substring("peer.".length());
            String override = environment.get(key.getValue());
            if (override != null) {
                settings.add(new Setting(PEER + " " + agency, name, override, "environment " + key.getValue()));
                continue;
            }
            Object value = lookup(core, key.getKey());
            if (value != null) {
                settings.add(new Setting(PEER + " " + agency, name, String.valueOf(value), coreYamlDisplay));
            } else {
                settings.add(new Setting(PEER + " " + agency, name, "not set (Fabric: 0 or absent = no limit)",
                        coreProblem != null ? coreProblem : coreYamlDisplay));
            }
        }
        return settings;
    }

    /**
     * Rows that are equal for every peer become one row for "peers (all)"; the rest stay per peer.
     */
    public static List<Setting> mergeEqualPeers(List<List<Setting>> perPeer) {
        if (perPeer.size() <= 1) {
            return perPeer.isEmpty() ? List.of() : perPeer.get(0);
        }
        List<Setting> merged = new ArrayList<>();
        List<Setting> first = perPeer.get(0);
        for (int row = 0; row < first.size(); row++) {
            int index = row;
            Setting reference = first.get(row);
            boolean same = perPeer.stream().allMatch(settings -> settings.size() > index
                    && settings.get(index).name().equals(reference.name())
                    && settings.get(index).value().equals(reference.value())
                    && sameKindOfSource(settings.get(index).source(), reference.source()));
            if (same) {
                merged.add(new Setting("peers (all " + perPeer.size() + ")", reference.name(), reference.value(),
                        reference.source()));
            } else {
                perPeer.forEach(settings -> merged.add(settings.get(index)));
            }
        }
        return merged;
    }

    private static boolean sameKindOfSource(String a, String b) {
        return Objects.equals(a, b);
    }

    /** Reads a process environment from /proc; empty when it cannot (another user's process). */
    public static Map<String, String> processEnvironment(long pid) {
        Path file = Path.of("/proc", Long.toString(pid), "environ");
        Map<String, String> environment = new LinkedHashMap<>();
        try {
            for (String entry : new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\0")) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    environment.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
        } catch (IOException | SecurityException e) {
            return Map.of();
        }
        return environment;
    }

    @SuppressWarnings("unchecked")
    static Object lookup(Map<String, Object> root, String dottedPath) {
        Object node = root;
        for (String part : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = ((Map<String, Object>) map).get(part);
        }
        return node instanceof Map<?, ?> ? null : node;
    }

    private static void add(List<Setting> settings, String section, String name, Object value, String source) {
        settings.add(new Setting(section, name, value == null ? "not set" : String.valueOf(value), source));
    }

    private static Map<String, Object> load(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file)) {
            Object loaded = new Yaml(options).load(reader);
            if (!(loaded instanceof Map<?, ?>)) {
                throw new IOException(file + " is not a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) loaded;
            return map;
        }
    }
}
