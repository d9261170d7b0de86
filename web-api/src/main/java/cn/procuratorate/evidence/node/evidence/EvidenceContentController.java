package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.node.security.NodeUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Verified downloads for this node's users. */
@RestController
@Tag(name = "evidence")
public class EvidenceContentController {

  private final EvidenceReading reading;

  public EvidenceContentController(EvidenceReading reading) {
    this.reading = reading;
  }

  @GetMapping("/api/evidence/{evidenceId}/content")
  @Operation(
      summary = "Download the evidence file",
      description = "Serves exactly the version the node stored, only when its SHA-256 and SM3 "
          + "match the ledger (checked before and while sending). A mismatch is an error and a "
          + "failed VERIFIED record on the ledger. Every download is an ACCESSED record.")
  public void content(@PathVariable String evidenceId, Authentication auth, HttpServletResponse response)
      throws IOException {
    NodeUser user = NodeUser.from(auth);
    Delivery delivery = reading.openForUser(evidenceId, user.ledgerId());
    EvidenceResponses.send(delivery, response,
        failure -> reading.reportBrokenDelivery(evidenceId, failure, user.ledgerId()));
  }
}
