package cn.procuratorate.evidence.node.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

@NodeWebTest
class FetchControllerTest extends NodeWebTestSupport {

  private static final byte[] REPORT = "forensic report".getBytes(StandardCharsets.UTF_8);
  private Evidence registered;

  @BeforeEach
  void aProcuratorateItem() {
    registered = ledger.registerForeign("ProcuratorateMSP", "pro-item-1", REPORT, "text/plain");
    ownerNodes.serve("pro-item-1", REPORT);
  }

  @Test
  void keepsAVerifiedCopyAndRecordsTheReceipt() throws Exception {
    ledger.grantForeign("pro-item-1", "PoliceMSP");
    fetch("{\"ownerAgency\":\"procuratorate\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.verified").value(true))
        .andExpect(jsonPath("$.sha256").value(registered.sha256()))
        .andExpect(jsonPath("$.receiptStatus").value("RECORDED"))
        .andExpect(jsonPath("$.receiptTxId").exists());
    CustodyEvent receipt = only(CustodyEventType.RECEIVED);
    assertThat(receipt.verified()).isTrue();
    assertThat(receipt.observedSha256()).isEqualTo(registered.sha256());
    assertThat(receipt.actorUser()).isEqualTo("officer");

    mvc.perform(get("/api/evidence/{id}/content", "pro-item-1").with(officer()))
        .andExpect(status().isOk())
        .andExpect(content().bytes(REPORT));
  }

  @Test
  void asksNobodyAndRecordsNothingWithoutAGrant() throws Exception {
    fetch(null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("NO_GRANT"));
    assertThat(ownerNodes.requests()).isEmpty();
    assertThat(ledger.receiptCalls).isZero();
    assertThat(vault.objectCount()).isZero();
  }

  @Test
  void recordsAFailedReceiptForBytesThatDoNotMatchTheLedger() throws Exception {
    ledger.grantForeign("pro-item-1", "PoliceMSP");
    ownerNodes.serve("pro-item-1", "forensic rep0rt".getBytes(StandardCharsets.UTF_8));
    fetch(null)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("INTEGRITY_FAILURE"))
        .andExpect(jsonPath("$.receiptStatus").value("RECORDED"))
        .andExpect(jsonPath("$.copyId").exists());
    assertThat(only(CustodyEventType.RECEIVED).verified()).isFalse();
    mvc.perform(get("/api/evidence/{id}/content", "pro-item-1").with(officer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void keepsTheReceiptPendingWhileTheLedgerCannotTakeIt() throws Exception {
    ledger.grantForeign("pro-item-1", "PoliceMSP");
    ledger.nextSubmitLostCommitting = false;
    fetch(null)
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.verified").value(true))
        .andExpect(jsonPath("$.receiptStatus").value("PENDING"));
  }

  @Test
  void refusesOwnEvidenceAWrongOwnerAndAnUnknownOne() throws Exception {
    String own = upload("our statement");
    mvc.perform(post("/api/evidence/{id}/fetch", own).with(officer()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("OWN_EVIDENCE"));
    ledger.grantForeign("pro-item-1", "PoliceMSP");
    fetch("{\"ownerAgency\":\"court\"}").andExpect(status().isBadRequest());
    fetch("{\"ownerAgency\":\"mars\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("UNKNOWN_AGENCY"));
    assertThat(ownerNodes.requests()).isEmpty();
  }

  @Test
  void saysWhenTheOwnersNodeIsUnreachable() throws Exception {
    ledger.grantForeign("pro-item-1", "PoliceMSP");
    ownerNodes.unreachable = true;
    fetch(null)
        .andExpect(status().isBadGateway())
        .andExpect(jsonPath("$.code").value("OWNER_NODE_UNREACHABLE"));
    assertThat(ledger.receiptCalls).isZero();
  }

  private ResultActions fetch(String body) throws Exception {
    var request = post("/api/evidence/{id}/fetch", "pro-item-1").with(officer());
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  private CustodyEvent only(CustodyEventType type) {
    List<CustodyEvent> events = ledger.events("pro-item-1").stream().filter(e -> e.type() == type).toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
