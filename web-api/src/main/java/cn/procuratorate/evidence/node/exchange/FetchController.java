package cn.procuratorate.evidence.node.exchange;

import cn.procuratorate.evidence.node.evidence.ReceiptStatus;
import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.evidence.ReceivedCopyView;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.security.NodeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Fetches another agency's evidence into this node, verified against the ledger. */
@RestController
@Tag(name = "exchange", description = "verified copies of other agencies' evidence")
public class FetchController {

  private final EvidenceFetching fetching;

  public FetchController(EvidenceFetching fetching) {
    this.fetching = fetching;
  }

  @PostMapping("/api/evidence/{evidenceId}/fetch")
  @Operation(summary = "Fetch an item from its owner's node, verify it against the ledger, keep a copy",
      description = "Needs a grant on the ledger. The RECEIVED record (with the verdict) goes on "
          + "the ledger; 202 when it is still pending there. Bytes that do not match the ledger "
          + "are answered with a problem detail (the failed receipt is recorded all the same).")
  @ApiResponse(responseCode = "201", description = "received, verified, receipt on the ledger")
  @ApiResponse(responseCode = "202", description = "received and verified, receipt pending")
  public ResponseEntity<ReceivedCopyView> fetch(@PathVariable String evidenceId,
      @Valid @RequestBody(required = false) FetchRequest request, Authentication auth) {
    NodeUser user = NodeUser.from(auth);
    ReceivedCopy copy = fetching.fetch(evidenceId, request == null ? null : request.ownerAgency(),
        user.ledgerId());
    if (!copy.verified()) {
      throw new EvidenceProblem(ProblemKind.INTEGRITY_FAILURE,
          "the bytes the owner's node sent do not match the ledger: " + copy.detail())
          .with("evidenceId", evidenceId)
          .with("copyId", copy.copyId())
          .with("receiptStatus", copy.receiptStatus().name())
          .with("receiptTxId", copy.receiptTxId());
    }
    HttpStatus status = copy.receiptStatus() == ReceiptStatus.RECORDED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
    return ResponseEntity.status(status).body(ReceivedCopyView.of(copy));
  }
}
