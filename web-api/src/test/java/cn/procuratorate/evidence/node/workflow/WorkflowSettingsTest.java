package cn.procuratorate.evidence.node.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.node.security.NodeRole;
import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.workflow.deadline.Deadline;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowSettingsTest {

  private static WorkflowSettings settings(WorkflowSettings.Deadlines deadlines, WorkflowSettings.Groups groups) {
    return new WorkflowSettings("workflow", deadlines,
        new WorkflowSettings.Events(true, "cp", Duration.ofMillis(200), Duration.ofSeconds(5), 5), groups);
  }

  @Test
  void configuredDeadlinesReplaceTheProceduralOnesOnlyWhereGiven() {
    DeadlineRules rules = new WorkflowSettings.Deadlines(
        new WorkflowSettings.DeadlineSetting("PT10M", null),
        Map.of(SupervisionKind.CORRECTION_NOTICE, new WorkflowSettings.DeadlineSetting("PT30S", "PT10S")))
        .toRules();
    assertThat(rules.leadFeedback()).isEqualTo(new Deadline("PT10M", "P3D"));
    assertThat(rules.supervision("CORRECTION_NOTICE")).isEqualTo(new Deadline("PT30S", "PT10S"));
    assertThat(rules.supervision("PROCURATORIAL_RECOMMENDATION")).isEqualTo(new Deadline("P2M", "P7D"));
  }

  @Test
  void withoutConfigurationTheProceduralRulesHold() {
    assertThat(new WorkflowSettings.Deadlines(null, null).toRules()).isEqualTo(DeadlineRules.procedural());
  }

  @Test
  void aUserIsInTheGroupsOfTheirRolesAndOfTheirName() {
    WorkflowGroups groups = new WorkflowGroups(settings(new WorkflowSettings.Deadlines(null, null),
        new WorkflowSettings.Groups(Map.of(NodeRole.OFFICER, List.of("supervision-desk")),
            Map.of("head", List.of("agency-head")))));
    assertThat(groups.of(new NodeUser("head", "head", Set.of(NodeRole.OFFICER))))
        .containsExactly("agency-head", "supervision-desk");
    assertThat(groups.of(new NodeUser("auditor", "auditor", Set.of(NodeRole.AUDITOR)))).isEmpty();
  }
}
