package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.node.multipart.StreamingMultipart;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.LibraryFailures;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.security.NodeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Upload and look up this agency's evidence. */
@RestController
@RequestMapping("/api/evidence")
@Tag(name = "evidence", description = "upload, look up, download and share evidence")
public class EvidenceController {

  private static final Set<String> UPLOAD_FIELDS = Set.of("caseRef", "title", "description", "mediaType");
  private static final int MAX_LIST = 500;

  private final EvidenceIntake intake;
  private final EvidenceItems items;
  private final ReceivedCopies copies;

  public EvidenceController(EvidenceIntake intake, EvidenceItems items, ReceivedCopies copies) {
    this.intake = intake;
    this.items = items;
    this.copies = copies;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload an evidence file",
      description = "Streams the file into the agency's bucket with SHA-256 and SM3, then anchors "
          + "it on the ledger. 201 when anchored; 202 when stored but the ledger has not "
          + "committed yet (the node keeps retrying: poll GET /api/evidence/{id}).",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
          content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
              schema = @Schema(implementation = UploadForm.class))))
  @ApiResponse(responseCode = "201", description = "stored and anchored")
  @ApiResponse(responseCode = "202", description = "stored, anchoring pending")
  public ResponseEntity<EvidenceItemView> upload(HttpServletRequest request, Authentication auth)
      throws IOException {
    NodeUser user = NodeUser.from(auth);
    AnchoringResult result = StreamingMultipart.read(request, UPLOAD_FIELDS, (fields, file) ->
        intake.upload(
            new EvidenceUpload(fields.get("caseRef"), fields.get("title"), fields.get("description"),
                file.fileName(), fields.getOrDefault("mediaType", file.contentType())),
            file.content(), user));
    EvidenceItem item = result.item();
    if (result.refusal() != null) {
      throw LibraryFailures.of(result.refusal())
          .with("evidenceId", item.evidenceId())
          .with("anchorStatus", item.status().name());
    }
    HttpStatus status = item.status() == AnchorStatus.ANCHORED ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
    return ResponseEntity.status(status)
        .location(URI.create("/api/evidence/" + item.evidenceId()))
        .body(EvidenceItemView.of(item));
  }

  @GetMapping
  @Operation(summary = "List this agency's evidence, newest first")
  public List<EvidenceItemView> list(
      @RequestParam(required = false) String caseRef,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "limit must be between 1 and " + MAX_LIST);
    }
    return items.list(caseRef, limit).stream().map(EvidenceItemView::of).toList();
  }

  @GetMapping("/{evidenceId}")
  @Operation(summary = "This node's record of an item: its own upload or the copies it received")
  public EvidenceDetails details(@PathVariable String evidenceId) {
    EvidenceIds.requireValid(evidenceId);
    EvidenceItemView owned = items.find(evidenceId).map(EvidenceItemView::of).orElse(null);
    List<ReceivedCopyView> received = copies.ofEvidence(evidenceId).stream().map(ReceivedCopyView::of).toList();
    if (owned == null && received.isEmpty()) {
      throw new EvidenceProblem(ProblemKind.NOT_HELD, "this node holds no record of " + evidenceId)
          .with("evidenceId", evidenceId);
    }
    return new EvidenceDetails(evidenceId, owned, received);
  }
}
