package cn.procuratorate.evidence.node.lead;

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

/** Lead transfer (线索移送) between agencies. */
@RestController
@WorkflowEnabled
@Tag(name = "leads", description = "lead transfer between agencies, on the ledger")
public class LeadController {

  private final LeadTransfers leads;

  public LeadController(LeadTransfers leads) {
    this.leads = leads;
  }

  @PostMapping("/api/leads")
  @Operation(summary = "Transfer a lead to another agency",
      description = "Starts this agency's lead-transfer process; the submission to the ledger (which "
          + "grants the receiver access to the evidence) follows in the background. Officers and "
          + "prosecutors only; every item must be on the ledger and this agency's or the receiver's.")
  @ApiResponse(responseCode = "202", description = "process started; poll the lead for its ledger status")
  public ResponseEntity<LeadStarted> start(@Valid @RequestBody LeadRequest request, Authentication auth) {
    LeadStarted started = leads.start(request, NodeUser.from(auth));
    return ResponseEntity.accepted().location(URI.create("/api/leads/" + started.leadId())).body(started);
  }

  @GetMapping("/api/leads/{leadId}")
  @Operation(summary = "A lead this agency sent or received: ledger record, history, this node's process")
  public LeadView lead(@PathVariable String leadId) {
    return leads.find(leadId);
  }
}
