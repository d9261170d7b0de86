package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.node.security.NodeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sharing this agency's evidence with another agency: access grants on the ledger. */
@RestController
@Tag(name = "sharing", description = "access grants on the ledger (owner agency only)")
public class GrantController {

  private final EvidenceSharing sharing;

  public GrantController(EvidenceSharing sharing) {
    this.sharing = sharing;
  }

  @PostMapping("/api/evidence/{evidenceId}/grants")
  @Operation(summary = "Grant another agency access (it may then fetch the file from this node)")
  public ResponseEntity<GrantView> grant(
      @PathVariable String evidenceId, @Valid @RequestBody GrantRequest request, Authentication auth) {
    NodeUser user = NodeUser.from(auth);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(GrantView.of(sharing.grant(evidenceId, request.agency(), user.ledgerId())));
  }

  @DeleteMapping("/api/evidence/{evidenceId}/grants/{agency}")
  @Operation(summary = "Revoke an agency's access")
  public GrantView revoke(@PathVariable String evidenceId, @PathVariable String agency, Authentication auth) {
    NodeUser user = NodeUser.from(auth);
    return GrantView.of(sharing.revoke(evidenceId, agency, user.ledgerId()));
  }
}
