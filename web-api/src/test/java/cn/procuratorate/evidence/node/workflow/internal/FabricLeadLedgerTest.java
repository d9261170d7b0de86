package cn.procuratorate.evidence.node.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FabricLeadLedgerTest {

  /** Records the client calls in the client's argument order. */
  static final class RecordingTransitions implements LeadTransitions {
    final List<String> calls = new ArrayList<>();
    RuntimeException failure;

    private Committed<Lead> answer(String call) {
      calls.add(call);
      if (failure != null) {
        throw failure;
      }
      Lead lead = new Lead(1, "L-1", "PoliceMSP", "ProcuratorateMSP", List.of(), "", LeadStatus.SUBMITTED, null,
          List.of());
      return new Committed<>(lead, "tx-" + calls.size(), 7);
    }

    @Override
    public Committed<Lead> submit(LeadSubmission s) {
      return answer("submit " + s.leadId() + " " + s.receiverMsp() + " " + s.evidenceIds() + " " + s.summaryDigest()
          + " " + s.submittedBy());
    }

    @Override
    public Committed<Lead> accept(String leadId, String decidedBy, String reason) {
      return answer("accept " + leadId + " decidedBy=" + decidedBy + " reason=" + reason);
    }

    @Override
    public Committed<Lead> reject(String leadId, String decidedBy, String reason) {
      return answer("reject " + leadId + " decidedBy=" + decidedBy + " reason=" + reason);
    }

    @Override
    public Committed<Lead> recordOutcome(String leadId, String outcome, String detail, String recordedBy) {
      return answer("outcome " + leadId + " " + outcome + " detail=" + detail + " by=" + recordedBy);
    }
  }

  private final RecordingTransitions client = new RecordingTransitions();
  private final FabricLeadLedger port = new FabricLeadLedger(client);

  @Test
  void putsTheDecidingUserBeforeTheReasonAsTheChaincodeWantsIt() {
    assertThat(port.acceptLead("L-1", "well founded", "prosecutor1")).isEqualTo("tx-1");
    assertThat(port.rejectLead("L-1", "no evidence", "prosecutor2")).isEqualTo("tx-2");
    assertThat(client.calls).containsExactly(
        "accept L-1 decidedBy=prosecutor1 reason=well founded",
        "reject L-1 decidedBy=prosecutor2 reason=no evidence");
  }

  @Test
  void anAcceptanceWithoutReasonGoesOnTheLedgerWithAnEmptyOne() {
    port.acceptLead("L-1", null, "prosecutor1");
    assertThat(client.calls).containsExactly("accept L-1 decidedBy=prosecutor1 reason=");
  }

  @Test
  void submitsTheWholeSubmissionAndRecordsTheOutcomeWithoutDetail() {
    port.submitLead("L-1", "ProcuratorateMSP", List.of("E-1", "E-2"), "ab".repeat(32), "officer1");
    port.recordLeadOutcome("L-1", "CASE_FILED", "prosecutor1");
    assertThat(client.calls).containsExactly(
        "submit L-1 ProcuratorateMSP [E-1, E-2] " + "ab".repeat(32) + " officer1",
        "outcome L-1 CASE_FILED detail= by=prosecutor1");
  }

  @Test
  void letsTheEngineSeeAFailureSoThatItRetriesTheJob() {
    client.failure = new LedgerRefusal(ErrorCode.ALREADY_DECIDED, "lead L-1 was decided before");
    assertThatThrownBy(() -> port.acceptLead("L-1", "", "prosecutor1"))
        .isInstanceOf(LedgerRefusal.class);
  }
}
