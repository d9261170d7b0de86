package cn.procuratorate.evidence.node.task;

import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.workflow.WorkflowEnabled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tasks in this node's workflows. */
@RestController
@WorkflowEnabled
@Tag(name = "tasks", description = "my tasks in this agency's workflows: list, claim, decide")
public class TaskController {

  private final WorkTasks work;

  public TaskController(WorkTasks work) {
    this.work = work;
  }

  @GetMapping("/api/tasks")
  @Operation(summary = "Tasks assigned to me or open to my groups (by role and, for some, by name)")
  public List<TaskView> mine(Authentication auth) {
    return work.mine(NodeUser.from(auth));
  }

  @PostMapping("/api/tasks/{taskId}/claim")
  @Operation(summary = "Take a task open to my groups")
  public TaskView claim(@PathVariable String taskId, Authentication auth) {
    return work.claim(taskId, NodeUser.from(auth));
  }

  @PostMapping("/api/tasks/{taskId}/complete")
  @Operation(summary = "Complete a task with its decision",
      description = "The body holds the task's decision variables, e.g. {\"leadAccepted\": true, "
          + "\"decisionReason\": \"well founded\"} for ReviewLead; web-api/README.md lists each task's.")
  public TaskCompleted complete(@PathVariable String taskId,
      @RequestBody(required = false) Map<String, Object> decision, Authentication auth) {
    return work.complete(taskId, decision, NodeUser.from(auth));
  }
}
