package cn.procuratorate.evidence.node.supervision;

import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.workflow.WorkflowEnabled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Supervision (立案监督, 检察建议) with a legal reply deadline. */
@RestController
@WorkflowEnabled
@Tag(name = "supervisions", description = "supervision by the procuratorate, on the ledger")
public class SupervisionController {

  private final SupervisionIssuing supervisions;

  public SupervisionController(SupervisionIssuing supervisions) {
    this.supervisions = supervisions;
  }

  @PostMapping("/api/supervisions")
  @Operation(summary = "Issue a supervision to another agency (prosecutors of a procuratorate only)",
      description = "Starts the supervision-issue process; the issue on the ledger, which fixes the reply "
          + "deadline from the transaction time, follows in the background.")
  @ApiResponse(responseCode = "202", description = "process started; poll the supervision for its deadline")
  public ResponseEntity<SupervisionStarted> issue(@Valid @RequestBody SupervisionIssueRequest request,
      Authentication auth) {
    SupervisionStarted started = supervisions.issue(request, NodeUser.from(auth));
    return ResponseEntity.accepted().location(URI.create("/api/supervisions/" + started.supervisionId()))
        .body(started);
  }

  @GetMapping("/api/supervisions/{supervisionId}")
  @Operation(summary = "A supervision this agency issued or received: ledger record, deadline, history, process")
  public SupervisionView supervision(@PathVariable String supervisionId) {
    return supervisions.find(supervisionId);
  }
}
