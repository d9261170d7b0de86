package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadHistoryTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");
    private static final LeadSubmission SUBMISSION =
            new LeadSubmission("L-1", "ProcuratorateMSP", List.of("E-1", "E-2"), "", "officer1");

    private static Lead submitted() {
        return new Lead(Lead.SCHEMA_VERSION, "L-1", "PoliceMSP", "ProcuratorateMSP", List.of("E-1", "E-2"), "",
                LeadStatus.SUBMITTED, null, List.of(change("SUBMITTED", "PoliceMSP", "officer1", "", "tx-submit")));
    }

    private static StatusChange change(String status, String msp, String user, String reason, String tx) {
        return new StatusChange(status, msp, user, reason, tx, AT);
    }

    @Test
    void theSameSubmissionByTheSenderIsTheEarlierTransactionButOtherContentIsNot() {
        assertThat(LeadHistory.submitted(submitted(), SUBMISSION, "PoliceMSP")).contains("tx-submit");

        LeadSubmission otherEvidence = new LeadSubmission("L-1", "ProcuratorateMSP", List.of("E-1"), "", "officer1");
        assertThat(LeadHistory.submitted(submitted(), otherEvidence, "PoliceMSP")).isEmpty();
        assertThat(LeadHistory.submitted(submitted(), SUBMISSION, "CourtMSP")).as("another sender").isEmpty();
    }

    @Test
    void aDecisionMatchesOnlyTheSameDecisionBySameUserWithTheSameReason() {
        Lead accepted = submitted().moveTo(LeadStatus.ACCEPTED, null,
                change("ACCEPTED", "ProcuratorateMSP", "prosecutor1", "well founded", "tx-accept"));

        assertThat(LeadHistory.decided(accepted, LeadStatus.ACCEPTED, "ProcuratorateMSP", "prosecutor1",
                "well founded")).contains("tx-accept");
        assertThat(LeadHistory.decided(accepted, LeadStatus.REJECTED, "ProcuratorateMSP", "prosecutor1",
                "well founded")).as("the other decision").isEmpty();
        assertThat(LeadHistory.decided(accepted, LeadStatus.ACCEPTED, "ProcuratorateMSP", "prosecutor2",
                "well founded")).as("another prosecutor").isEmpty();
        assertThat(LeadHistory.decided(accepted, LeadStatus.ACCEPTED, "ProcuratorateMSP", "prosecutor1", ""))
                .as("another reason").isEmpty();
        assertThat(LeadHistory.decided(submitted(), LeadStatus.ACCEPTED, "ProcuratorateMSP", "prosecutor1",
                "well founded")).as("not decided yet").isEmpty();
    }

    @Test
    void anOutcomeMatchesItsCodeDetailAndUser() {
        Lead concluded = submitted()
                .moveTo(LeadStatus.ACCEPTED, null, change("ACCEPTED", "ProcuratorateMSP", "prosecutor1", "", "tx-a"))
                .moveTo(LeadStatus.CONCLUDED, "CASE_FILED",
                        change("CONCLUDED", "ProcuratorateMSP", "prosecutor1", "filed as 2025-17", "tx-outcome"));

        assertThat(LeadHistory.concluded(concluded, "CASE_FILED", "filed as 2025-17", "ProcuratorateMSP",
                "prosecutor1")).contains("tx-outcome");
        assertThat(LeadHistory.concluded(concluded, "NOT_FILED", "filed as 2025-17", "ProcuratorateMSP",
                "prosecutor1")).isEmpty();
    }
}
