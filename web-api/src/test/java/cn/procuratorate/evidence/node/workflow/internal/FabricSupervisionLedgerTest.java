package cn.procuratorate.evidence.node.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import cn.procuratorate.evidence.workflow.supervision.IssuedSupervision;
import cn.procuratorate.evidence.workflow.supervision.SupervisionToIssue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FabricSupervisionLedgerTest {

  private static final Instant DUE = Instant.parse("2025-03-08T08:00:00Z");

  static final class RecordingTransitions implements SupervisionTransitions {
    final List<String> calls = new ArrayList<>();

    private Committed<Supervision> answer(String call) {
      calls.add(call);
      Supervision s = new Supervision(1, "S-1", "ProcuratorateMSP", "PoliceMSP",
          SupervisionKind.CASE_FILING_EXPLANATION, List.of(), "", DUE, SupervisionStatus.ISSUED, false, null, null,
          List.of());
      return new Committed<>(s, "tx-" + calls.size(), 3);
    }

    @Override
    public Committed<Supervision> issue(SupervisionIssue i) {
      return answer("issue " + i.supervisionId() + " " + i.targetMsp() + " " + i.kind() + " " + i.replyWithin()
          + " " + i.issuedBy());
    }

    @Override
    public Committed<Supervision> respond(String id, String digest, String respondedBy) {
      return answer("respond " + id + " by=" + respondedBy);
    }

    @Override
    public Committed<Supervision> markOverdue(String id) {
      return answer("markOverdue " + id);
    }

    @Override
    public Committed<Supervision> evaluate(String id, boolean satisfied, String reason, String evaluatedBy) {
      return answer("evaluate " + id + " " + satisfied + " reason=" + reason + " by=" + evaluatedBy);
    }

    @Override
    public Committed<Supervision> close(String id, String reason, String closedBy) {
      return answer("close " + id + " reason=" + reason + " by=" + closedBy);
    }

    @Override
    public Committed<Supervision> escalate(String id, String reason, String escalatedBy) {
      return answer("escalate " + id + " reason=" + reason + " by=" + escalatedBy);
    }
  }

  private final RecordingTransitions client = new RecordingTransitions();
  private final FabricSupervisionLedger port = new FabricSupervisionLedger(client);

  @Test
  void issuesWithTheLedgersKindAndAnswersWithTheLedgersDeadline() {
    IssuedSupervision issued = port.issue(new SupervisionToIssue("S-1", "PoliceMSP", "CASE_FILING_EXPLANATION",
        List.of(), "", "P7D", "prosecutor1"));
    assertThat(issued).isEqualTo(new IssuedSupervision("tx-1", DUE));
    assertThat(client.calls).containsExactly("issue S-1 PoliceMSP CASE_FILING_EXPLANATION P7D prosecutor1");
  }

  @Test
  void theAnswerGoesOnTheLedgerUnderItsDrafter() {
    port.respond("S-1", "ab".repeat(32), "officer1", "head1");
    assertThat(client.calls).containsExactly("respond S-1 by=officer1");
  }

  @Test
  void fillsTheArgumentsThePortDoesNotHave() {
    port.evaluate("S-1", false, null, "prosecutor1");
    port.close("S-1", "prosecutor1");
    port.escalate("S-1", "not satisfactory", "prosecutor1");
    port.markOverdue("S-1");
    assertThat(client.calls).containsExactly(
        "evaluate S-1 false reason= by=prosecutor1",
        "close S-1 reason= by=prosecutor1",
        "escalate S-1 reason=not satisfactory by=prosecutor1",
        "markOverdue S-1");
  }
}
