package cn.procuratorate.evidence.node.task;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.task.internal.DecisionVariables;
import cn.procuratorate.evidence.node.workflow.WorkflowGroups;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * A user's tasks in this node's engine: theirs by name, or open to one of their process groups.
 * Only such a user may claim or complete a task, and the engine records them as the decider (the
 * processes' completion listeners read the authenticated user). A decision the processes refuse
 * (a lead accepted on evidence that did not verify, an answer approved by its own drafter) leaves
 * the task as it was.
 */
@Service
public class WorkTasks {

  private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
  private static final int MAX_TASKS = 200;

  private final TaskService tasks;
  private final IdentityService identity;
  private final WorkflowGroups groups;
  private final TaskViews views;

  WorkTasks(ProcessEngine engine, WorkflowGroups groups, TaskViews views) {
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.groups = groups;
    this.views = views;
  }

  public List<TaskView> mine(NodeUser user) {
    List<String> myGroups = groups.of(user);
    TaskQuery query = tasks.createTaskQuery();
    query = myGroups.isEmpty()
        ? query.taskAssignee(user.ledgerId())
        : query.or().taskAssignee(user.ledgerId()).taskCandidateGroupIn(myGroups).endOr();
    return query.orderByTaskCreateTime().asc().listPage(0, MAX_TASKS).stream().map(views::of).toList();
  }

  public TaskView claim(String taskId, NodeUser user) {
    Task task = mayWorkOn(taskId, user);
    if (task.getAssignee() == null) {
      try {
        tasks.claim(taskId, user.ledgerId());
      } catch (TaskAlreadyClaimedException e) {
        throw notAvailable(taskId, "it was claimed by someone else meanwhile");
      }
    }
    return views.of(find(taskId));
  }

  public TaskCompleted complete(String taskId, Map<String, Object> decision, NodeUser user) {
    Task task = mayWorkOn(taskId, user);
    Map<String, Object> variables = DecisionVariables.check(task.getTaskDefinitionKey(), decision);
    TaskView before = views.of(task);
    identity.setAuthentication(user.ledgerId(), groups.of(user));
    try {
      tasks.complete(taskId, variables);
    } catch (OptimisticLockingException e) {
      throw notAvailable(taskId, "it changed meanwhile; look at it again");
    } catch (ProcessEngineException e) {
      throw refused(task, e);
    } finally {
      identity.clearAuthentication();
    }
    return new TaskCompleted(taskId, task.getTaskDefinitionKey(), before.businessKey(), user.ledgerId(),
        Collections.unmodifiableMap(variables));
  }

  /** The task, if the user may work on it: assigned to them, or unassigned and open to their groups. */
  private Task mayWorkOn(String taskId, NodeUser user) {
    Task task = find(taskId);
    if (user.ledgerId().equals(task.getAssignee())) {
      return task;
    }
    List<String> candidates = views.candidateGroups(taskId);
    if (candidates.stream().noneMatch(groups.of(user)::contains)) {
      throw new EvidenceProblem(ProblemKind.FORBIDDEN, "task " + taskId + " is for "
          + (candidates.isEmpty() ? "its assignee" : "the group(s) " + candidates) + ", not for you")
          .with("taskKey", task.getTaskDefinitionKey());
    }
    if (task.getAssignee() != null) {
      throw notAvailable(taskId, "it is assigned to " + task.getAssignee());
    }
    return task;
  }

  private Task find(String taskId) {
    if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "a task id is 1-64 characters [A-Za-z0-9-]");
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new EvidenceProblem(ProblemKind.NOT_FOUND, "no open task " + taskId
          + " (it may have been completed, or its matter closed)").with("taskId", taskId);
    }
    return task;
  }

  private static EvidenceProblem notAvailable(String taskId, String why) {
    return new EvidenceProblem(ProblemKind.TASK_NOT_AVAILABLE, "task " + taskId + " is not yours to take: " + why)
        .with("taskId", taskId);
  }

  /** The process's own reason (a completion listener's), without the engine's wrapping. */
  private static EvidenceProblem refused(Task task, ProcessEngineException failure) {
    Throwable reason = failure;
    while (reason.getCause() != null && reason.getCause() != reason) {
      reason = reason.getCause();
    }
    return new EvidenceProblem(ProblemKind.DECISION_REFUSED, "task " + task.getTaskDefinitionKey()
        + " refused the decision: " + reason.getMessage(), failure)
        .with("taskId", task.getId()).with("taskKey", task.getTaskDefinitionKey());
  }
}
