package cn.procuratorate.evidence.node.task;

import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.workflow.Notice;
import cn.procuratorate.evidence.node.workflow.NoticeBoard;
import cn.procuratorate.evidence.node.workflow.WorkflowEnabled;
import cn.procuratorate.evidence.node.workflow.WorkflowGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reminders before and escalations after the workflows' deadlines, addressed to the caller. */
@RestController
@WorkflowEnabled
@Tag(name = "tasks")
public class NoticeController {

  private static final int MAX_NOTICES = 500;

  private final NoticeBoard board;
  private final WorkflowGroups groups;

  public NoticeController(NoticeBoard board, WorkflowGroups groups) {
    this.board = board;
    this.groups = groups;
  }

  @GetMapping("/api/notices")
  @Operation(summary = "Notices to me by name or to one of my groups, newest first")
  public List<Notice> mine(@RequestParam(defaultValue = "50") int limit, Authentication auth) {
    NodeUser user = NodeUser.from(auth);
    return board.addressedTo(user.ledgerId(), groups.of(user), Math.max(1, Math.min(limit, MAX_NOTICES)));
  }
}
