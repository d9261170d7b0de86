package cn.procuratorate.evidence.node.testsupport;

import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.exchange.OwnerNodes;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Other agencies' nodes that send what the test put here, or are unreachable. */
public final class FakeOwnerNodes implements OwnerNodes {

  private final Map<String, byte[]> served = new HashMap<>();
  private final List<String> requests = new ArrayList<>();
  public boolean unreachable;

  public synchronized void serve(String evidenceId, byte[] bytes) {
    served.put(evidenceId, bytes);
  }

  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  public synchronized void reset() {
    served.clear();
    requests.clear();
    unreachable = false;
  }

  @Override
  public synchronized InputStream open(ConsortiumMember owner, String evidenceId) {
    requests.add(owner.mspId() + ":" + evidenceId);
    if (unreachable) {
      throw new EvidenceProblem(ProblemKind.OWNER_NODE_UNREACHABLE, "connection refused");
    }
    byte[] bytes = served.get(evidenceId);
    if (bytes == null) {
      throw new EvidenceProblem(ProblemKind.EVIDENCE_NOT_FOUND, "the owner has no such item");
    }
    return new ByteArrayInputStream(bytes);
  }
}
