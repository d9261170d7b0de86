package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.node.security.NodeRole;
import cn.procuratorate.evidence.node.security.NodeUser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The process groups of a node user, the groups the BPMN files name as candidates
 * ({@code prosecutor}, {@code supervision-desk}, {@code agency-head}): from the user's node roles
 * and, for the few people with a function of their own, from their name. Decided per node by
 * configuration, because which role answers a supervision differs between agencies.
 */
@Component
public class WorkflowGroups {

  private final WorkflowSettings.Groups settings;

  public WorkflowGroups(WorkflowSettings settings) {
    this.settings = settings.groups();
  }

  public List<String> of(NodeUser user) {
    Set<String> groups = new TreeSet<>();
    for (NodeRole role : user.roles()) {
      groups.addAll(settings.byRole().getOrDefault(role, List.of()));
    }
    groups.addAll(settings.byUser().getOrDefault(user.name(), List.of()));
    return List.copyOf(groups);
  }
}
