package cn.procuratorate.evidence.node.verification;

import cn.procuratorate.evidence.node.multipart.StreamingMultipart;
import cn.procuratorate.evidence.node.security.NodeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification by evidence id and by file. */
@RestController
@Tag(name = "verification", description = "check items and files against the ledger")
public class VerificationController {

  private final ItemVerification items;
  private final FileVerification files;

  public VerificationController(ItemVerification items, FileVerification files) {
    this.items = items;
    this.files = files;
  }

  @GetMapping("/api/evidence/{evidenceId}/verification")
  @Operation(summary = "Re-hash the stored item against the ledger",
      description = "Returns the verdict and the custody timeline, and records the check on the "
          + "ledger as a VERIFIED custody event (passed or failed).")
  public ItemVerificationReport verifyItem(@PathVariable String evidenceId, Authentication auth) {
    return items.verify(evidenceId, NodeUser.from(auth).ledgerId());
  }

  @PostMapping(path = "/api/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Which ledger items have the bytes of this file?",
      description = "The file is hashed with SHA-256 and SM3 on the way in and not stored.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
          content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
              schema = @Schema(implementation = FileOnlyForm.class))))
  public FileVerificationReport verifyFile(HttpServletRequest request) throws IOException {
    return StreamingMultipart.read(request, Set.of(), (fields, file) -> files.verify(file.content()));
  }

  /** For the OpenAPI document: one part named {@code file}. */
  record FileOnlyForm(@Schema(type = "string", format = "binary") String file) {}
}
