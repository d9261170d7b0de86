package cn.procuratorate.evidence.ledger.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.testing.ProfileFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionProfileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path validProfile() {
        return ProfileFiles.writeAgency(dir, "police", "PoliceMSP", "127.0.0.1:7201");
    }

    private Path edited(Consumer<ObjectNode> edit) throws IOException {
        Path file = validProfile();
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(root);
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    @Nested
    class WhenValid {
        @Test
        void readsEverySection() {
            ConnectionProfile profile = ConnectionProfile.load(validProfile());

            assertThat(profile.agency()).isEqualTo("police");
            assertThat(profile.displayName()).isEqualTo("The police");
            assertThat(profile.kind()).isEqualTo(AgencyKind.POLICE);
            assertThat(profile.mspId()).isEqualTo("PoliceMSP");
            ConnectionProfile.Ledger ledger = profile.requireLedger();
            assertThat(ledger.channel()).isEqualTo("evidence");
            assertThat(ledger.chaincode()).isEqualTo("evidence");
            assertThat(ledger.peer().endpoint()).isEqualTo("127.0.0.1:7201");
            assertThat(ledger.peer().hostOverride()).isEqualTo("peer0.police.evidence.local");
            assertThat(ledger.peer().tlsCaCertPath()).isEqualTo(dir.resolve("police-tlsca-cert.pem"));
            assertThat(ledger.peer().operationsUrl()).hasToString("http://127.0.0.1:7203");
            assertThat(ledger.client().certPath()).isEqualTo(dir.resolve("police-client-cert.pem"));
            assertThat(ledger.client().keyPath()).isEqualTo(dir.resolve("police-client-key.pem"));
            assertThat(profile.requireAdmin().name()).isEqualTo("Admin");
            assertThat(profile.requireS3().bucket()).isEqualTo("police-evidence");
            assertThat(profile.requireNode().apiPort()).isEqualTo(7208);
            assertThat(profile.requireNode().exchangePort()).isEqualTo(7209);
        }

        @Test
        void keepsTheS3SecretOutOfToString() {
            ConnectionProfile profile = ConnectionProfile.load(validProfile());

            assertThat(profile.requireS3().toString()).doesNotContain("s3cr3t-value").contains("police-node");
            assertThat(profile.toString()).doesNotContain("s3cr3t-value");
        }

        @Test
        void resolvesRelativePathsAgainstTheProfilesDirectoryNotTheWorkingDirectory() throws IOException {
            Path file = edited(root -> ((ObjectNode) root.get("peer")).put("tlsCaCertPath", "police-tlsca-cert.pem"));

            assertThat(ConnectionProfile.load(file).requireLedger().peer().tlsCaCertPath()).isEqualTo(dir.resolve("police-tlsca-cert.pem"));
        }

        @Test
        void ignoresFieldsItDoesNotKnow() throws IOException {
            Path file = edited(root -> root.put("addedLater", "x"));

            assertThat(ConnectionProfile.load(file).agency()).isEqualTo("police");
        }

        @Test
        void readsAStorageOnlyProfileWhichHasNoLedger() {
            Path file = ProfileFiles.write(dir.resolve("court.json"), """
                    {"agency": "court", "displayName": "Court", "kind": "COURT", "mspId": "CourtMSP",
                     "s3": {"endpoint": "http://127.0.0.1:9000", "region": "us-east-1", "bucket": "court-evidence",
                            "accessKey": "court-node", "secretKey": "x"}}
                    """);
            ConnectionProfile profile = ConnectionProfile.load(file);

            assertThat(profile.requireS3().bucket()).isEqualTo("court-evidence");
            assertThat(profile.ledger()).isEmpty();
            assertThatThrownBy(profile::requireLedger)
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("storage-only").hasMessageContaining(file.toString());
        }

        @Test
        void treatsAdminS3AndNodeAsOptionalButSaysSoWhenAskedFor() throws IOException {
            Path file = edited(root -> root.remove(java.util.List.of("admin", "s3", "node")));
            ConnectionProfile profile = ConnectionProfile.load(file);

            assertThat(profile.admin()).isEmpty();
            assertThat(profile.s3()).isEmpty();
            assertThat(profile.node()).isEmpty();
            assertThatThrownBy(profile::requireS3)
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("has no 's3' section").hasMessageContaining(file.toString());
        }
    }

    @Nested
    class WhenInvalid {
        @Test
        void listsEveryProblemWithItsFieldInOneError() throws IOException {
            Path file = edited(root -> {
                root.remove("mspId");
                root.put("kind", "ARMY");
                ((ObjectNode) root.get("peer")).put("endpoint", "localhost");
                ((ObjectNode) root.get("client")).put("keyPath", "/nowhere/priv_sk");
            });

            assertThatThrownBy(() -> ConnectionProfile.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("mspId: missing")
                    .hasMessageContaining("kind: 'ARMY' is not one of")
                    .hasMessageContaining("peer.endpoint: 'localhost' is not host:port")
                    .hasMessageContaining("client.keyPath: file not found: /nowhere/priv_sk");
        }

        @Test
        void refusesAnEndpointWithAnImpossiblePort() throws IOException {
            Path file = edited(root -> ((ObjectNode) root.get("peer")).put("endpoint", "127.0.0.1:70000"));

            assertThatThrownBy(() -> ConnectionProfile.load(file)).hasMessageContaining("peer.endpoint");
        }

        @Test
        void refusesAnAgencyNameThatIsNotASafeShortName() throws IOException {
            Path file = edited(root -> root.put("agency", "../Police"));

            assertThatThrownBy(() -> ConnectionProfile.load(file)).hasMessageContaining("agency: '../Police' is not");
        }

        @Test
        void refusesHalfALedgerSection() throws IOException {
            Path file = edited(root -> root.remove(java.util.List.of("peer", "chaincode")));

            assertThatThrownBy(() -> ConnectionProfile.load(file))
                    .hasMessageContaining("peer: missing").hasMessageContaining("chaincode: missing");
        }

        @Test
        void refusesAWrongTypeInsteadOfCoercingIt() throws IOException {
            Path file = edited(root -> ((ObjectNode) root.get("node")).put("apiPort", "7208"));

            assertThatThrownBy(() -> ConnectionProfile.load(file))
                    .hasMessageContaining("node.apiPort: must be a port number");
        }

        @Test
        void namesAMissingFile() {
            Path missing = dir.resolve("court.json");

            assertThatThrownBy(() -> ConnectionProfile.load(missing))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessage("Connection profile not found: " + missing);
        }

        @Test
        void namesAFileThatIsNotJson() throws IOException {
            Path file = Files.writeString(dir.resolve("police.json"), "{ \"agency\": ");

            assertThatThrownBy(() -> ConnectionProfile.load(file))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("is not readable JSON");
        }

        @Test
        void namesAFileThatIsJsonButNotAnObject() throws IOException {
            Path file = Files.writeString(dir.resolve("police.json"), "[1, 2]");

            assertThatThrownBy(() -> ConnectionProfile.load(file)).hasMessageContaining("is not a JSON object");
        }
    }
}
