package cn.procuratorate.evidence.node.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@NodeWebTest
class EvidenceContentControllerTest extends NodeWebTestSupport {

  @Test
  void servesTheVerifiedBytesAndQueuesAnAccessRecord() throws Exception {
    String id = upload("the statement");
    Evidence anchored = ledger.find(id).orElseThrow();
    mvc.perform(get("/api/evidence/{id}/content", id).with(officer()))
        .andExpect(status().isOk())
        .andExpect(content().bytes("the statement".getBytes(StandardCharsets.UTF_8)))
        .andExpect(header().string("Content-Type", "text/plain"))
        .andExpect(header().longValue("Content-Length", 13))
        .andExpect(header().string("Evidence-SHA256", anchored.sha256()))
        .andExpect(header().string("Evidence-SM3", anchored.sm3()))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"statement.txt\""))
        .andExpect(header().doesNotExist("Evidence-Newer-Versions"));
    assertThat(accessLog.reads()).singleElement()
        .satisfies(read -> assertThat(read.evidenceId()).isEqualTo(id))
        .satisfies(read -> assertThat(read.user()).isEqualTo("officer"));
  }

  @Test
  void neverServesBytesThatNoLongerMatchAndRecordsTheFailedCheck() throws Exception {
    String id = upload("the statement");
    vault.tamper(EvidenceItemsKey.of(id));
    mvc.perform(get("/api/evidence/{id}/content", id).with(officer()))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.code").value("INTEGRITY_FAILURE"))
        .andExpect(jsonPath("$.foundSha256").exists());
    List<CustodyEvent> verified = ledger.events(id).stream()
        .filter(e -> e.type() == CustodyEventType.VERIFIED).toList();
    assertThat(verified).singleElement().satisfies(e -> assertThat(e.verified()).isFalse());
    assertThat(accessLog.reads()).isEmpty();
  }

  @Test
  void cutsTheResponseShortWhenTheBytesChangeWhileTheyAreSent() throws Exception {
    String id = upload("a statement long enough to be cut in half");
    vault.breakNextStream = true;
    // Small content is still in the response buffer: the node replaces it with a problem detail.
    // (Past the buffer the response is committed and the connection is cut short instead.)
    mvc.perform(get("/api/evidence/{id}/content", id).with(officer()))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.code").value("INTEGRITY_FAILURE"));
    assertThat(ledger.events(id)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(CustodyEventType.VERIFIED);
      assertThat(e.verified()).isFalse();
    });
  }

  @Test
  void servesTheNodesOwnVersionAndReportsANewerOne() throws Exception {
    String id = upload("the statement");
    vault.writeNewerVersion(EvidenceItemsKey.of(id), "forged".getBytes(StandardCharsets.UTF_8));
    mvc.perform(get("/api/evidence/{id}/content", id).with(officer()))
        .andExpect(status().isOk())
        .andExpect(content().string("the statement"))
        .andExpect(header().string("Evidence-Newer-Versions", "1"));
  }

  @Test
  void refusesAnItemNotAnchoredYet() throws Exception {
    ledger.unavailable = true;
    String id = upload("pending statement");
    ledger.unavailable = false;
    mvc.perform(get("/api/evidence/{id}/content", id).with(officer()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("NOT_ANCHORED"))
        .andExpect(jsonPath("$.anchorStatus").value("PENDING"));
  }

  @Test
  void refusesAnotherAgencysItemWithoutAGrantAndSaysWhenOnlyTheFetchIsMissing() throws Exception {
    ledger.registerForeign("CourtMSP", "court-item-1", "verdict".getBytes(StandardCharsets.UTF_8), "text/plain");
    mvc.perform(get("/api/evidence/{id}/content", "court-item-1").with(officer()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("NO_GRANT"));
    ledger.grantForeign("court-item-1", "PoliceMSP");
    mvc.perform(get("/api/evidence/{id}/content", "court-item-1").with(officer()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_HELD"));
  }

  @Test
  void isNotForAuditorsOrAdministrators() throws Exception {
    String id = upload("the statement");
    mvc.perform(get("/api/evidence/{id}/content", id).with(auditor())).andExpect(status().isForbidden());
    mvc.perform(get("/api/evidence/{id}/content", id).with(admin())).andExpect(status().isForbidden());
    assertThat(accessLog.reads()).isEmpty();
  }

  @Test
  void answersMalformedUnknownIdsAndAnUnreachableLedgerWithProblems() throws Exception {
    mvc.perform(get("/api/evidence/{id}/content", ".hidden").with(officer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVALID_EVIDENCE_ID"));
    mvc.perform(get("/api/evidence/{id}/content", "no-such-item").with(officer()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("EVIDENCE_NOT_FOUND"));
    String id = upload("the statement");
    ledger.unavailable = true;
    mvc.perform(get("/api/evidence/{id}/content", id).with(officer()))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.code").value("LEDGER_UNAVAILABLE"));
  }

  /** The object key the node stores an uploaded item under. */
  static final class EvidenceItemsKey {
    static String of(String evidenceId) {
      return "evidence/" + evidenceId;
    }
  }
}
