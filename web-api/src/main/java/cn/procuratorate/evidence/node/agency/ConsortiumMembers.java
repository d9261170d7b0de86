package cn.procuratorate.evidence.node.agency;

import java.util.List;
import java.util.Optional;

/**
 * The consortium's agencies, read from their connection profiles when the node starts. Users
 * name an agency by short name ({@code procuratorate}) or MSP id ({@code ProcuratorateMSP}).
 */
public final class ConsortiumMembers {

  private final List<ConsortiumMember> members;

  public ConsortiumMembers(List<ConsortiumMember> members) {
    this.members = List.copyOf(members);
  }

  public List<ConsortiumMember> all() {
    return members;
  }

  /** The member named by short name or MSP id (exact match), if there is one. */
  public Optional<ConsortiumMember> resolve(String nameOrMspId) {
    if (nameOrMspId == null) {
      return Optional.empty();
    }
    return members.stream()
        .filter(m -> m.agency().equals(nameOrMspId) || m.mspId().equals(nameOrMspId))
        .findFirst();
  }

  public Optional<ConsortiumMember> byMspId(String mspId) {
    return members.stream().filter(m -> m.mspId().equals(mspId)).findFirst();
  }
}
