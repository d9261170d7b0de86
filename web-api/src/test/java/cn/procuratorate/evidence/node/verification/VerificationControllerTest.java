package cn.procuratorate.evidence.node.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.node.testsupport.MultipartBody;
import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@NodeWebTest
class VerificationControllerTest extends NodeWebTestSupport {

  @Test
  void anAuditorVerifiesAnItemAndTheCheckGoesOnTheLedger() throws Exception {
    String id = upload("statement");
    mvc.perform(get("/api/evidence/{id}/verification", id).with(auditor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("INTACT"))
        .andExpect(jsonPath("$.holding").value("OWNER"))
        .andExpect(jsonPath("$.measured.sha256").value(ledger.find(id).orElseThrow().sha256()))
        .andExpect(jsonPath("$.verificationTxId").exists())
        .andExpect(jsonPath("$.timeline[0].type").value("REGISTERED"))
        .andExpect(jsonPath("$.timeline[-1:].type").value("VERIFIED"));
    assertThat(ledger.events(id)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(CustodyEventType.VERIFIED);
      assertThat(e.verified()).isTrue();
      assertThat(e.actorUser()).isEqualTo("auditor");
    });
  }

  @Test
  void detectsAlteredAndMissingBytesAndReportsNewerVersions() throws Exception {
    String id = upload("statement");
    vault.writeNewerVersion("evidence/" + id, "forged".getBytes(StandardCharsets.UTF_8));
    vault.tamper("evidence/" + id);
    mvc.perform(get("/api/evidence/{id}/verification", id).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("ALTERED"))
        .andExpect(jsonPath("$.newerVersions.length()").value(1));
    assertThat(ledger.events(id)).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(CustodyEventType.VERIFIED);
      assertThat(e.verified()).isFalse();
    });
  }

  @Test
  void stillAnswersWhenTheCheckCannotBeRecorded() throws Exception {
    String id = upload("statement");
    ledger.nextSubmitLostCommitting = false;
    mvc.perform(get("/api/evidence/{id}/verification", id).with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("INTACT"))
        .andExpect(jsonPath("$.recordingError").exists());
  }

  @Test
  void refusesItemsTheNodeDoesNotHold() throws Exception {
    mvc.perform(get("/api/evidence/{id}/verification", "nothing-here").with(auditor()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/evidence/{id}/verification", "bad id").with(auditor()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void findsTheLedgerItemsOfAFileWithoutStoringIt() throws Exception {
    String id = upload("statement");
    mvc.perform(new MultipartBody().file("copy.txt", "text/plain", "statement".getBytes(StandardCharsets.UTF_8))
            .post("/api/verifications").with(auditor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("REGISTERED"))
        .andExpect(jsonPath("$.size").value(9))
        .andExpect(jsonPath("$.matches[0].evidence.evidenceId").value(id))
        .andExpect(jsonPath("$.matches[0].evidence.ownerMsp").value("PoliceMSP"))
        .andExpect(jsonPath("$.matches[0].timeline[0].type").value("REGISTERED"));
    mvc.perform(new MultipartBody().file("other.txt", "text/plain", "something else".getBytes(StandardCharsets.UTF_8))
            .post("/api/verifications").with(auditor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.verdict").value("NOT_REGISTERED"))
        .andExpect(jsonPath("$.matches.length()").value(0));
    assertThat(vault.objectCount()).isEqualTo(1);
  }

  @Test
  void refusesAnEmptyFileOrNoFile() throws Exception {
    mvc.perform(new MultipartBody().file("e.txt", "text/plain", new byte[0]).post("/api/verifications").with(auditor()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("EMPTY_CONTENT"));
    mvc.perform(new MultipartBody().field("caseRef", "x").post("/api/verifications").with(auditor()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVALID_FIELD"));
  }
}
