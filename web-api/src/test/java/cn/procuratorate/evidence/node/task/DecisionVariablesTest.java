package cn.procuratorate.evidence.node.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.task.internal.DecisionVariables;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionVariablesTest {

  @Test
  void takesTheDecisionOfTheTaskAsGiven() {
    assertThat(DecisionVariables.check("ReviewLead", Map.of("leadAccepted", true, "decisionReason", "ok")))
        .containsEntry("leadAccepted", true).containsEntry("decisionReason", "ok");
  }

  @Test
  void anAnswerTextIsKeptAndItsDigestGoesToTheLedger() {
    assertThat(DecisionVariables.check("DraftAnswer", Map.of("answer", "abc")))
        .containsEntry("answerText", "abc")
        .containsEntry("responseDigest", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void refusesWhatTheProcessComputesItselfAndWrongTypes() {
    assertThatThrownBy(() -> DecisionVariables.check("ReviewLead", Map.of("evidenceVerified", true)))
        .isInstanceOf(EvidenceProblem.class).hasMessageContaining("leadAccepted");
    assertThatThrownBy(() -> DecisionVariables.check("ReportLeadOutcome", Map.of("leadOutcome", "case filed!")))
        .isInstanceOf(EvidenceProblem.class);
    assertThatThrownBy(() -> DecisionVariables.check("DraftAnswer", Map.of("responseDigest", "ABC")))
        .isInstanceOf(EvidenceProblem.class);
    assertThatThrownBy(() -> DecisionVariables.check("SomethingElse", Map.of("x", 1)))
        .isInstanceOf(EvidenceProblem.class).hasMessageContaining("no variables");
  }
}
