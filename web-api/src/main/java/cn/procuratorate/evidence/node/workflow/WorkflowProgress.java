package cn.procuratorate.evidence.node.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads this node's process instance for a business key from the engine's history, so that a lead
 * or supervision shows its local state next to its ledger record. The history is asked (not the
 * runtime) because an ended instance is as interesting as a running one.
 */
@Component
public class WorkflowProgress {

  private final HistoryService history;
  private final RuntimeService runtime;

  public WorkflowProgress(ProcessEngine engine) {
    this.history = engine.getHistoryService();
    this.runtime = engine.getRuntimeService();
  }

  /** The first instance found of any of the processes for the business key (a node runs one side). */
  public Optional<ProcessProgress> find(String businessKey, List<String> processKeys, List<String> variableNames) {
    for (String processKey : processKeys) {
      List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(processKey)
          .processInstanceBusinessKey(businessKey)
          .orderByProcessInstanceStartTime().asc()
          .list();
      if (!found.isEmpty()) {
        return Optional.of(progressOf(found.get(0), processKey, variableNames));
      }
    }
    return Optional.empty();
  }

  private ProcessProgress progressOf(HistoricProcessInstance instance, String processKey, List<String> names) {
    boolean running = instance.getEndTime() == null;
    List<String> waitingAt = running ? runtime.getActiveActivityIds(instance.getId()) : List.of();
    long incidents = running
        ? runtime.createIncidentQuery().processInstanceId(instance.getId()).count()
        : 0;
    Map<String, Object> variables = new TreeMap<>();
    if (!names.isEmpty()) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId())
          .variableNameIn(names.toArray(String[]::new))
          .list()) {
        variables.put(variable.getName(), readable(variable.getValue()));
      }
    }
    return new ProcessProgress(instance.getId(), processKey, instance.getState(),
        instant(instance.getStartTime()), instant(instance.getEndTime()), List.copyOf(waitingAt),
        instance.getEndActivityId(), incidents, variables);
  }

  private static Object readable(Object value) {
    return value instanceof Date date ? date.toInstant() : value;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
