package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.workflow.evidence.EvidenceCheck;
import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The evidence exchange as a switch: every item verifies unless the test says it does not. */
public final class FakeEvidenceChecks implements EvidenceExchange {

  private final Set<String> tampered = new HashSet<>();
  private final List<String> fetched = new ArrayList<>();

  public synchronized void tamper(String evidenceId) {
    tampered.add(evidenceId);
  }

  public synchronized List<String> fetched() {
    return List.copyOf(fetched);
  }

  public synchronized void reset() {
    tampered.clear();
    fetched.clear();
  }

  @Override
  public synchronized EvidenceCheck fetchAndVerify(String evidenceId, String ownerMsp) {
    fetched.add(ownerMsp + ":" + evidenceId);
    boolean verified = !tampered.contains(evidenceId);
    return new EvidenceCheck(evidenceId, verified, verified ? "hashes match" : "SHA-256 differs");
  }
}
