package cn.procuratorate.evidence.node.task;

import cn.procuratorate.evidence.node.task.internal.DecisionVariables;
import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Builds what a user sees of a task: its process, lead or supervision, groups and context. */
@Component
public class TaskViews {

  /** The variables a decider needs to see, whichever task it is; absent ones are left out. */
  private static final List<String> CONTEXT = List.of(Vars.LEAD_ID, Vars.SENDER_MSP, Vars.RECEIVER_MSP,
      Vars.EVIDENCE_IDS, Vars.SUMMARY_DIGEST, Vars.EVIDENCE_VERIFIED, Vars.EVIDENCE_REPORT, Vars.REVIEWED_BY,
      Vars.LEAD_ACCEPTED, Vars.SUPERVISION_ID, Vars.ISSUER_MSP, Vars.TARGET_MSP, Vars.SUPERVISION_KIND,
      Vars.SUBJECT_DIGEST, Vars.REPLY_DUE_AT, Vars.ISSUED_BY, Vars.ANSWER_ASSIGNEE, Vars.ANSWERED_BY,
      Vars.RESPONSE_DIGEST, DecisionVariables.ANSWER_TEXT, Vars.APPROVAL_NOTE);

  private final TaskService tasks;
  private final RepositoryService repository;
  private final Map<String, String> processKeys = new ConcurrentHashMap<>();

  TaskViews(ProcessEngine engine) {
    this.tasks = engine.getTaskService();
    this.repository = engine.getRepositoryService();
  }

  TaskView of(Task task) {
    Map<String, Object> context = new TreeMap<>();
    tasks.getVariables(task.getId(), CONTEXT).forEach((name, value) -> {
      if (value != null) {
        context.put(name, value instanceof Date date ? date.toInstant() : value);
      }
    });
    Object businessKey = context.containsKey(Vars.LEAD_ID) ? context.get(Vars.LEAD_ID) : context.get(Vars.SUPERVISION_ID);
    return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(),
        processKeyOf(task.getProcessDefinitionId()), businessKey == null ? null : businessKey.toString(),
        task.getAssignee(), candidateGroups(task.getId()),
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(), context);
  }

  List<String> candidateGroups(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .sorted()
        .toList();
  }

  String processKeyOf(String processDefinitionId) {
    return processKeys.computeIfAbsent(processDefinitionId,
        id -> repository.getProcessDefinition(id).getKey());
  }
}
