package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.testing.ProfileFiles;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed input is refused by the client before anything is sent: the peer here does not exist,
 * so anything that reached the network would fail as a stage exception, not as INVALID_ARGUMENT.
 */
class LeadAndSupervisionInputTest {
    private static final String DIGEST = "a".repeat(64);

    @TempDir
    Path dir;

    private LedgerConnection ledger;

    @BeforeEach
    void connectionToAPeerThatIsNotThere() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConnectionProfile profile = ConnectionProfile.load(
                ProfileFiles.writeAgency(dir, "police", "PoliceMSP", "127.0.0.1:" + closedPort));
        Deadlines shortOnes = Deadlines.defaults().withEvaluate(Duration.ofSeconds(1))
                .withEndorse(Duration.ofSeconds(1)).withReconcileWait(Duration.ofSeconds(1));
        ledger = LedgerConnection.open(profile, profile.requireLedger().client(), shortOnes);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private static void refusedNaming(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerRefusal.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining(field);
    }

    @Test
    void leads() {
        refusedNaming("leadId", () -> ledger.leads().submit(
                new LeadSubmission("../L-1", "ProcuratorateMSP", List.of("E-1"), "", "officer1")));
        refusedNaming("evidenceIds", () -> ledger.leads().submit(
                new LeadSubmission("L-1", "ProcuratorateMSP", List.of("E-1", "E-1"), "", "officer1")));
        refusedNaming("receiverMsp", () -> ledger.leads().submit(
                new LeadSubmission("L-1", "Procuratorate MSP", List.of(), "", "officer1")));
        refusedNaming("leadId", () -> ledger.leads().accept("L 1", "prosecutor1", ""));
        refusedNaming("decidedBy", () -> ledger.leads().accept("L-1", "", ""));
        refusedNaming("reason", () -> ledger.leads().reject("L-1", "prosecutor1", " "));
        refusedNaming("reason", () -> ledger.leads().accept("L-1", "prosecutor1", "line\nbreak"));
        refusedNaming("outcome", () -> ledger.leads().recordOutcome("L-1", "case filed", "", "prosecutor1"));
        refusedNaming("leadId", () -> ledger.leads().get("-L"));
    }

    @Test
    void idempotentLeadsRefuseBeforeTheyRead() {
        refusedNaming("leadId", () -> ledger.idempotentLeads().submit(
                new LeadSubmission("L/1", "ProcuratorateMSP", List.of(), "", "officer1")));
        refusedNaming("decidedBy", () -> ledger.idempotentLeads().accept("L-1", null, ""));
        refusedNaming("reason", () -> ledger.idempotentLeads().reject("L-1", "prosecutor1", ""));
        refusedNaming("recordedBy", () -> ledger.idempotentLeads().recordOutcome("L-1", "CASE_FILED", "", "x y"));
    }

    @Test
    void supervisions() {
        refusedNaming("replyWithin", () -> ledger.supervisions().issue(new SupervisionIssue("S-1", "PoliceMSP",
                SupervisionKind.CASE_FILING_EXPLANATION, List.of(), "", "seven days", "prosecutor1")));
        refusedNaming("kind", () -> ledger.supervisions().issue(new SupervisionIssue("S-1", "PoliceMSP",
                null, List.of(), "", "P7D", "prosecutor1")));
        refusedNaming("responseDigest", () -> ledger.supervisions().respond("S-1", "NOT-HEX", "officer1"));
        refusedNaming("supervisionId", () -> ledger.supervisions().markOverdue("S 1"));
        refusedNaming("evaluatedBy", () -> ledger.supervisions().evaluate("S-1", true, "", ""));
        refusedNaming("closedBy", () -> ledger.supervisions().close("S-1", "", "a/b"));
        refusedNaming("reason", () -> ledger.supervisions().escalate("S-1", "", "chief1"));
        refusedNaming("supervisionId", () -> ledger.supervisions().get(""));
    }

    @Test
    void idempotentSupervisionsRefuseBeforeTheyRead() {
        refusedNaming("supervisionId", () -> ledger.idempotentSupervisions().issue(new SupervisionIssue("S 1",
                "PoliceMSP", SupervisionKind.CASE_FILING_EXPLANATION, List.of(), "", "P7D", "prosecutor1")));
        refusedNaming("responseDigest", () -> ledger.idempotentSupervisions().respond("S-1", DIGEST.toUpperCase(),
                "officer1"));
        refusedNaming("supervisionId", () -> ledger.idempotentSupervisions().markOverdue("S\u0000"));
        refusedNaming("reason", () -> ledger.idempotentSupervisions().evaluate("S-1", false, "\u0007", "p1"));
        refusedNaming("closedBy", () -> ledger.idempotentSupervisions().close("S-1", "", null));
        refusedNaming("reason", () -> ledger.idempotentSupervisions().escalate("S-1", " ", "chief1"));
    }
}
