package cn.procuratorate.evidence.node.exchange;

import cn.procuratorate.evidence.node.evidence.Delivery;
import cn.procuratorate.evidence.node.evidence.EvidenceReading;
import cn.procuratorate.evidence.node.evidence.EvidenceResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's side of the exchange, on the mutual-TLS connector only: the caller is the agency
 * whose node certificate it presented ({@code auth.getName()} is its MSP id).
 */
@RestController
@Tag(name = "node exchange", description = "node-to-node, mutual TLS with agency node certificates")
public class ExchangeController {

  private final EvidenceReading reading;

  public ExchangeController(EvidenceReading reading) {
    this.reading = reading;
  }

  @GetMapping("/exchange/evidence/{evidenceId}")
  @Operation(summary = "Stream this agency's evidence to a granted agency's node")
  public void evidence(@PathVariable String evidenceId, Authentication caller, HttpServletResponse response)
      throws IOException {
    String callerMsp = caller.getName();
    Delivery delivery = reading.openForAgency(evidenceId, callerMsp);
    EvidenceResponses.send(delivery, response,
        failure -> reading.reportBrokenDelivery(evidenceId, failure, "exchange." + callerMsp));
  }
}
