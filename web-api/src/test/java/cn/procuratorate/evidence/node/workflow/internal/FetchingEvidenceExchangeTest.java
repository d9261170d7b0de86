package cn.procuratorate.evidence.node.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.node.evidence.ReceiptStatus;
import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.verification.ItemVerificationReport;
import cn.procuratorate.evidence.node.verification.Verdict;
import cn.procuratorate.evidence.workflow.evidence.EvidenceCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FetchingEvidenceExchangeTest {

  /** The node's exchange as the test scripts it: a copy to return, or a problem to throw. */
  static final class ScriptedExchange implements FetchingEvidenceExchange.Exchange {
    final List<String> calls = new ArrayList<>();
    Boolean copyVerified = true;
    EvidenceProblem problem;
    Verdict ownVerdict = Verdict.INTACT;

    @Override
    public ReceivedCopy fetch(String evidenceId, String expectedOwner, String user) {
      calls.add("fetch " + evidenceId + " from " + expectedOwner + " as " + user);
      if (problem != null) {
        throw problem;
      }
      return new ReceivedCopy("copy-1", evidenceId, expectedOwner, "k", "v", 3, "text/plain", "a", "b",
          copyVerified, copyVerified ? "SHA-256 and SM3 match" : "SHA-256 differs", ReceiptStatus.RECORDED, "tx-9",
          9L, null, 0, null, null, user, Instant.EPOCH);
    }

    @Override
    public ItemVerificationReport verifyOwn(String evidenceId, String user) {
      calls.add("verify " + evidenceId + " as " + user);
      return new ItemVerificationReport(evidenceId, ownVerdict, "OWNER", null, null, List.of(), null, null, null,
          List.of(), Instant.EPOCH);
    }
  }

  private final ScriptedExchange exchange = new ScriptedExchange();
  private final FetchingEvidenceExchange port = new FetchingEvidenceExchange(exchange, "workflow");

  @Test
  void fetchesFromTheSenderAsTheSystemUserAndPassesTheVerdictOn() {
    EvidenceCheck check = port.fetchAndVerify("E-1", "PoliceMSP");
    assertThat(check.verified()).isTrue();
    assertThat(check.detail()).contains("match").contains("copy-1").contains("RECORDED");
    assertThat(exchange.calls).containsExactly("fetch E-1 from PoliceMSP as workflow");
  }

  @Test
  void bytesThatDoNotMatchTheLedgerAreAnUnverifiedCheckNotAFailure() {
    exchange.copyVerified = false;
    assertThat(port.fetchAndVerify("E-1", "PoliceMSP").verified()).isFalse();
  }

  @Test
  void anItemOfThisAgencyIsReHashedInItsOwnBucket() {
    exchange.problem = new EvidenceProblem(ProblemKind.OWN_EVIDENCE, "evidence E-1 is this agency's own");
    assertThat(port.fetchAndVerify("E-1", "PoliceMSP").verified()).isTrue();
    exchange.ownVerdict = Verdict.ALTERED;
    assertThat(port.fetchAndVerify("E-1", "PoliceMSP").verified()).isFalse();
    assertThat(exchange.calls).contains("verify E-1 as workflow");
  }

  @Test
  void whatARetryCannotCureIsToldToTheReviewer() {
    exchange.problem = new EvidenceProblem(ProblemKind.NO_GRANT, "no grant for ProcuratorateMSP");
    EvidenceCheck check = port.fetchAndVerify("E-1", "PoliceMSP");
    assertThat(check.verified()).isFalse();
    assertThat(check.detail()).startsWith("NO_GRANT");
  }

  @Test
  void anOwnerNodeThatDoesNotAnswerIsThrownSoThatTheEngineRetries() {
    exchange.problem = new EvidenceProblem(ProblemKind.OWNER_NODE_UNREACHABLE, "connection refused");
    assertThatThrownBy(() -> port.fetchAndVerify("E-1", "PoliceMSP")).isSameAs(exchange.problem);
  }
}
