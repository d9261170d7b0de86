package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.InvalidProfileException;
import cn.procuratorate.evidence.ledger.testing.ProfileFiles;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a node sees when its peer is down: stage exceptions that say so, never a hang or a guess. */
class LedgerConnectionWithoutPeerTest {
    private static final Deadlines SHORT = Deadlines.defaults()
            .withEvaluate(Duration.ofSeconds(2)).withEndorse(Duration.ofSeconds(2))
            .withCommitStatus(Duration.ofSeconds(2)).withReconcileWait(Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private ConnectionProfile profile;

    @BeforeEach
    void profileOfAPeerThatIsNotThere() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        profile = ConnectionProfile.load(ProfileFiles.writeAgency(dir, "police", "PoliceMSP", "127.0.0.1:" + closedPort));
    }

    @Test
    void aQueryFailsAsAnUnavailableEvaluate() {
        try (LedgerConnection ledger = LedgerConnection.open(profile, profile.requireLedger().client(), SHORT)) {
            assertThatThrownBy(() -> ledger.probe().read("k1"))
                    .isInstanceOfSatisfying(LedgerEvaluateException.class, e -> {
                        assertThat(e.isUnavailable()).isTrue();
                        assertThat(e.outcomeUncertain()).isFalse();
                        assertThat(e.transactionId()).isNotBlank();
                        assertThat(e.refusal()).isEmpty();
                    });
        }
    }

    @Test
    void aSubmitFailsAtEndorsementSoNothingCanHaveCommitted() {
        try (LedgerConnection ledger = LedgerConnection.open(profile, profile.requireLedger().client(), SHORT)) {
            assertThatThrownBy(() -> ledger.probe().write("k1", "v1"))
                    .isInstanceOfSatisfying(LedgerEndorseException.class, e -> {
                        assertThat(e.isUnavailable()).isTrue();
                        assertThat(e.outcomeUncertain()).isFalse();
                    });
        }
    }

    @Test
    void reconcilingFailsRatherThanReportingUnknown() {
        try (LedgerConnection ledger = LedgerConnection.open(profile, profile.requireLedger().client(), SHORT)) {
            assertThatThrownBy(() -> ledger.reconcile("0123abcd")).isInstanceOf(LedgerException.class);
        }
    }

    @Test
    void malformedInputIsRefusedBeforeAnythingIsSent() {
        EvidenceRegistration badHash = new EvidenceRegistration("E1", "not-hex", "a".repeat(64), 10,
                "application/pdf", "", "officer1", "");
        try (LedgerConnection ledger = LedgerConnection.open(profile, profile.requireLedger().client(), SHORT)) {
            assertThatThrownBy(() -> ledger.evidence().register(badHash))
                    .isInstanceOfSatisfying(LedgerRefusal.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                    .hasMessageContaining("sha256");
        }
    }

    @Test
    void anUnreadableKeyIsAProfileErrorNamingTheFile() throws IOException {
        Files.writeString(profile.requireLedger().client().keyPath(), "not a key");

        assertThatThrownBy(() -> LedgerConnection.open(profile))
                .isInstanceOf(InvalidProfileException.class)
                .hasMessageContaining(profile.requireLedger().client().keyPath().toString());
    }
}
