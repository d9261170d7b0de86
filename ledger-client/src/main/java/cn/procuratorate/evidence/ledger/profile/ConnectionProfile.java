package cn.procuratorate.evidence.ledger.profile;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One agency's connection profile ({@code network/run/profiles/<agency>.json}): its peer, its
 * Fabric identities, its bucket and its node's ports. Immutable; validated when loaded.
 *
 * <p>Every section but the agency itself is optional, because {@code network/up --only-storage}
 * writes profiles with the bucket alone (no ledger). Whoever needs a section asks with
 * {@code requireX()} and gets an error naming the file if it is absent. The ledger section
 * (channel, chaincode, peer, client identity) is all or nothing.
 */
public final class ConnectionProfile {
    static final Pattern AGENCY_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");
    private static final Pattern FABRIC_NAME = Pattern.compile("[a-z][a-z0-9.\\-_]*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEDGER_FIELDS = List.of("channel", "chaincode", "peer", "client");

    /**
     * What a node needs to reach the ledger.
     *
     * @param client the node's own Fabric client identity (OU=client)
     */
    public record Ledger(String channel, String chaincode, Peer peer, Identity client) {}

    /** The agency's Fabric peer, reached through its gateway service. */
    public record Peer(String endpoint, String hostOverride, Path tlsCaCertPath, URI operationsUrl) {}

    /** A Fabric identity: X.509 certificate and its private key (PEM files). */
    public record Identity(String name, Path certPath, Path keyPath) {}

    /** The agency's own bucket and the credentials that reach only that bucket. */
    public record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey) {
        @Override
        public String toString() {
            // Profiles end up in logs; the secret must not.
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                    + ", accessKey=" + accessKey + ", secretKey=***]";
        }
    }

    /** The agency node's ports and its TLS material for node-to-node exchange. */
    public record Node(int apiPort, int exchangePort, Path tlsCertPath, Path tlsKeyPath, Path tlsCaCertPath) {}

    private final Path source;
    private final String agency;
    private final String displayName;
    private final AgencyKind kind;
    private final String mspId;
    private final Ledger ledger;
    private final Identity admin;
    private final S3 s3;
    private final Node node;

    private ConnectionProfile(Path source, String agency, String displayName, AgencyKind kind, String mspId,
            Ledger ledger, Identity admin, S3 s3, Node node) {
        this.source = source;
        this.agency = agency;
        this.displayName = displayName;
        this.kind = kind;
        this.mspId = mspId;
        this.ledger = ledger;
        this.admin = admin;
        this.s3 = s3;
        this.node = node;
    }

    /** Loads and validates one profile file. */
    public static ConnectionProfile load(Path file) {
        Objects.requireNonNull(file, "file");
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidProfileException("Connection profile not found: " + file, e);
        } catch (IOException e) {
            throw new InvalidProfileException("Connection profile " + file + " is not readable JSON: "
                    + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException("Connection profile " + file + " is not a JSON object");
        }
        return parse(file, root);
    }

    private static ConnectionProfile parse(Path file, JsonNode root) {
        JsonFields f = new JsonFields(file);
        String agency = f.matching(root, "agency", "agency", AGENCY_NAME, "an agency name ([a-z][a-z0-9-]*)");
        String displayName = f.has(root, "displayName") ? f.text(root, "displayName", "displayName") : agency;
        AgencyKind kind = kind(f, f.text(root, "kind", "kind"));
        String mspId = f.matching(root, "mspId", "mspId", MSP_ID, "an MSP id");
        Ledger ledger = LEDGER_FIELDS.stream().anyMatch(field -> f.has(root, field)) ? ledger(f, root) : null;
        Identity admin = f.has(root, "admin") ? identity(f, f.object(root, "admin", "admin"), "admin") : null;
        S3 s3 = f.has(root, "s3") ? s3(f, f.object(root, "s3", "s3")) : null;
        Node node = f.has(root, "node") ? node(f, f.object(root, "node", "node")) : null;
        f.throwIfAnyProblem("connection profile");
        return new ConnectionProfile(file.toAbsolutePath(), agency, displayName, kind, mspId, ledger, admin, s3,
                node);
    }

    private static AgencyKind kind(JsonFields f, String kind) {
        if (kind == null) {
            return null;
        }
        for (AgencyKind candidate : AgencyKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        f.problem("kind", "'" + kind + "' is not one of " + java.util.Arrays.toString(AgencyKind.values()));
        return null;
    }

    private static Ledger ledger(JsonFields f, JsonNode root) {
        return new Ledger(
                f.matching(root, "channel", "channel", FABRIC_NAME, "a channel name"),
                f.matching(root, "chaincode", "chaincode", FABRIC_NAME, "a chaincode name"),
                peer(f, f.object(root, "peer", "peer")),
                identity(f, f.object(root, "client", "client"), "client"));
    }

    private static Peer peer(JsonFields f, JsonNode peer) {
        if (peer == null) {
            return null;
        }
        return new Peer(
                f.endpoint(peer, "endpoint", "peer.endpoint"),
                f.text(peer, "hostOverride", "peer.hostOverride"),
                f.existingFile(peer, "tlsCaCertPath", "peer.tlsCaCertPath"),
                f.optionalUri(peer, "operationsUrl", "peer.operationsUrl"));
    }

    private static Identity identity(JsonFields f, JsonNode identity, String section) {
        if (identity == null) {
            return null;
        }
        return new Identity(
                f.text(identity, "name", section + ".name"),
                f.existingFile(identity, "certPath", section + ".certPath"),
                f.existingFile(identity, "keyPath", section + ".keyPath"));
    }

    private static S3 s3(JsonFields f, JsonNode s3) {
        if (s3 == null) {
            return null;
        }
        return new S3(
                f.uri(s3, "endpoint", "s3.endpoint"),
                f.text(s3, "region", "s3.region"),
                f.text(s3, "bucket", "s3.bucket"),
                f.text(s3, "accessKey", "s3.accessKey"),
                f.text(s3, "secretKey", "s3.secretKey"));
    }

    private static Node node(JsonFields f, JsonNode node) {
        if (node == null) {
            return null;
        }
        return new Node(
                f.port(node, "apiPort", "node.apiPort"),
                f.port(node, "exchangePort", "node.exchangePort"),
                f.existingFile(node, "tlsCertPath", "node.tlsCertPath"),
                f.existingFile(node, "tlsKeyPath", "node.tlsKeyPath"),
                f.existingFile(node, "tlsCaCertPath", "node.tlsCaCertPath"));
    }

    /** The file this profile was read from. */
    public Path source() {
        return source;
    }

    /** Short agency name, e.g. {@code police}. */
    public String agency() {
        return agency;
    }

    public String displayName() {
        return displayName;
    }

    public AgencyKind kind() {
        return kind;
    }

    public String mspId() {
        return mspId;
    }

    /** Channel, chaincode, peer and client identity; empty in a storage-only profile. */
    public Optional<Ledger> ledger() {
        return Optional.ofNullable(ledger);
    }

    public Optional<Identity> admin() {
        return Optional.ofNullable(admin);
    }

    public Optional<S3> s3() {
        return Optional.ofNullable(s3);
    }

    public Optional<Node> node() {
        return Optional.ofNullable(node);
    }

    public Ledger requireLedger() {
        if (ledger == null) {
            throw new InvalidProfileException("Connection profile " + source + " has no ledger (channel, chaincode,"
                    + " peer, client): it was written for a storage-only consortium (network/up --only-storage)");
        }
        return ledger;
    }

    public Identity requireAdmin() {
        return require(admin, "admin");
    }

    public S3 requireS3() {
        return require(s3, "s3");
    }

    public Node requireNode() {
        return require(node, "node");
    }

    private <T> T require(T section, String name) {
        if (section == null) {
            throw new InvalidProfileException("Connection profile " + source + " has no '" + name + "' section");
        }
        return section;
    }

    @Override
    public String toString() {
        String peer = ledger == null ? "no ledger" : "peer " + ledger.peer().endpoint();
        return "ConnectionProfile[" + agency + " (" + mspId + ") " + peer + " from " + source + "]";
    }
}
