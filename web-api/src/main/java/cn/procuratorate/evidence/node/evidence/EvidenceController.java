package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.node.multipart.RawBody;
import cn.procuratorate.evidence.node.multipart.StreamingMultipart;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.LibraryFailures;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.storage.UploadSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
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

  private static final String CASE_REF = "caseRef";
  private static final String TITLE = "title";
  private static final String DESCRIPTION = "description";
  private static final String FILE_NAME = "fileName";
  private static final String MEDIA_TYPE = "mediaType";
  private static final Set<String> FORM_FIELDS = Set.of(CASE_REF, TITLE, DESCRIPTION, MEDIA_TYPE);
  private static final Set<String> QUERY_FIELDS =
      Set.of(CASE_REF, TITLE, DESCRIPTION, FILE_NAME, MEDIA_TYPE);
  private static final List<String> REQUIRED_QUERY_FIELDS = List.of(CASE_REF, FILE_NAME, MEDIA_TYPE);
  private static final int MAX_LIST = 500;

  private final EvidenceIntake intake;
  private final EvidenceItems items;
  private final ReceivedCopies copies;
  private final long maxUploadBytes;

  public EvidenceController(
      EvidenceIntake intake, EvidenceItems items, ReceivedCopies copies, UploadSettings upload) {
    this.intake = intake;
    this.items = items;
    this.copies = copies;
    this.maxUploadBytes = upload.toStoreSettings().maxContentBytes();
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Upload an evidence file",
      description = "Streams the file into the agency's bucket with SHA-256 and SM3, then anchors "
          + "it on the ledger. 201 when anchored; 202 when stored but the ledger has not "
          + "committed yet (the node keeps retrying: poll GET /api/evidence/{id}). Two forms, "
          + "same rules and answers: multipart/form-data (text fields first, then the part "
          + "'file'; query parameters ignored), or application/octet-stream with the file as the "
          + "whole body and the fields as UTF-8 query parameters (caseRef, fileName and mediaType "
          + "required; no boundary scan, so cheaper for the node). A declared Content-Length of 0 "
          + "or over the limit is refused before the body is read.",
      parameters = {
          @Parameter(in = ParameterIn.QUERY, name = CASE_REF, example = "CASE-2025-0117",
              description = "application/octet-stream only, required: 1-64 of [A-Za-z0-9._-]"),
          @Parameter(in = ParameterIn.QUERY, name = TITLE,
              description = "application/octet-stream only: at most 200 characters"),
          @Parameter(in = ParameterIn.QUERY, name = DESCRIPTION,
              description = "application/octet-stream only: at most 2000 characters"),
          @Parameter(in = ParameterIn.QUERY, name = FILE_NAME, example = "现场照片.jpg",
              description = "application/octet-stream only, required: a plain name, no path"),
          @Parameter(in = ParameterIn.QUERY, name = MEDIA_TYPE, example = "image/jpeg",
              description = "application/octet-stream only, required: the evidence's media type "
                  + "(one of the allowed ones; application/octet-stream is only the transport)")},
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
          required = true,
          content = {
              @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                  schema = @Schema(implementation = UploadForm.class)),
              @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
                  schema = @Schema(type = "string", format = "binary",
                      description = "the file's bytes; its metadata in the query parameters"))}))
  @ApiResponse(responseCode = "201", description = "stored and anchored")
  @ApiResponse(responseCode = "202", description = "stored, anchoring pending")
  public ResponseEntity<EvidenceItemView> upload(HttpServletRequest request, Authentication auth)
      throws IOException {
    NodeUser user = NodeUser.from(auth);
    return answer(StreamingMultipart.read(request, FORM_FIELDS, (fields, file) ->
        intake.upload(
            new EvidenceUpload(fields.get(CASE_REF), fields.get(TITLE), fields.get(DESCRIPTION),
                file.fileName(), fields.getOrDefault(MEDIA_TYPE, file.contentType())),
            file.content(), user)));
  }

  /** The same upload with the file as the whole body: no multipart boundary to scan for. */
  @PostMapping(consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
  @Operation(hidden = true) // documented with the multipart form above: one operation, two bodies
  public ResponseEntity<EvidenceItemView> uploadBody(HttpServletRequest request, Authentication auth)
      throws IOException {
    NodeUser user = NodeUser.from(auth);
    return answer(RawBody.read(request, QUERY_FIELDS, REQUIRED_QUERY_FIELDS, maxUploadBytes,
        (fields, content) -> intake.upload(
            new EvidenceUpload(fields.get(CASE_REF), fields.get(TITLE), fields.get(DESCRIPTION),
                fields.get(FILE_NAME), fields.get(MEDIA_TYPE)),
            content, user)));
  }

  private static ResponseEntity<EvidenceItemView> answer(AnchoringResult result) {
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
