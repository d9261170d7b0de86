package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.node.security.NodeRole;
import cn.procuratorate.evidence.workflow.deadline.Deadline;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code evidence.workflow.*} (defaults in {@code config/workflow.yml}).
 *
 * @param systemUser the ledger user id of steps no person takes (the evidence fetch of an intake)
 * @param deadlines overrides of the procedural deadlines, per supervision kind and for lead feedback
 * @param events how the ledger-event feed starts and retries
 * @param groups which process groups ({@code prosecutor}, {@code agency-head}, …) a user is in
 */
@ConfigurationProperties("evidence.workflow")
public record WorkflowSettings(
    @DefaultValue("workflow") String systemUser,
    @DefaultValue Deadlines deadlines,
    @DefaultValue Events events,
    @DefaultValue Groups groups) {

  /** ISO-8601 durations; an absent entry keeps the procedural default. */
  public record Deadlines(DeadlineSetting leadFeedback, Map<SupervisionKind, DeadlineSetting> supervision) {

    public DeadlineRules toRules() {
      DeadlineRules procedural = DeadlineRules.procedural();
      Map<String, Deadline> byKind = new HashMap<>(procedural.supervisionByKind());
      if (supervision != null) {
        supervision.forEach((kind, setting) ->
            byKind.put(kind.name(), setting.over(procedural.supervisionByKind().get(kind.name()))));
      }
      Deadline lead = leadFeedback == null ? procedural.leadFeedback() : leadFeedback.over(procedural.leadFeedback());
      return new DeadlineRules(lead, byKind);
    }
  }

  public record DeadlineSetting(String within, String remindBefore) {
    Deadline over(Deadline fallback) {
      return new Deadline(
          within == null ? fallback.within() : within,
          remindBefore == null ? fallback.remindBefore() : remindBefore);
    }
  }

  /**
   * @param replayHistory a node without a checkpoint reads the channel from block 0 (true), or
   *     from the height it finds at its first start, which it remembers (false: a fresh test node
   *     does not work through earlier runs' leads)
   * @param checkpointFile relative to the node's data directory
   * @param retryInitial first wait before an event that could not be delivered comes again
   * @param retryMax longest wait between two deliveries of the same event
   * @param notYetWaitingRetries deliveries tried in place before the feed backs off, for an event
   *     that arrives while its process is a moment short of its wait state
   */
  public record Events(
      @DefaultValue("true") boolean replayHistory,
      @DefaultValue("workflow-events.checkpoint") String checkpointFile,
      @DefaultValue("200ms") Duration retryInitial,
      @DefaultValue("5s") Duration retryMax,
      @DefaultValue("5") int notYetWaitingRetries) {}

  /**
   * @param byRole groups every user of a node role is in
   * @param byUser further groups of named users (the agency head, the chief prosecutor)
   */
  public record Groups(Map<NodeRole, List<String>> byRole, Map<String, List<String>> byUser) {
    public Groups {
      byRole = byRole == null ? Map.of() : Map.copyOf(byRole);
      byUser = byUser == null ? Map.of() : Map.copyOf(byUser);
    }
  }
}
