package cn.procuratorate.evidence.node.exchange;

import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import java.io.InputStream;

/** The other agencies' nodes, as a fetching node reaches them over the exchange. */
public interface OwnerNodes {

  /**
   * Opens the owner's stream of an item's verified bytes; the caller closes it.
   *
   * @throws cn.procuratorate.evidence.node.problem.EvidenceProblem when the owner's node cannot be
   *     reached or refuses (its own problem detail is passed on)
   */
  InputStream open(ConsortiumMember owner, String evidenceId);
}
