package cn.procuratorate.evidence.node.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What every controller test of the Police node needs: the fakes, a clean state, users. */
public abstract class NodeWebTestSupport {

  public static final int EXCHANGE_PORT = 7209;

  @Autowired protected MockMvc mvc;
  @Autowired protected FakeCustodyLedger ledger;
  @Autowired protected FakeEvidenceVault vault;
  @Autowired protected FakeAccessLog accessLog;
  @Autowired protected FakeOwnerNodes ownerNodes;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected ObjectMapper json;

  @BeforeEach
  void cleanState() {
    ledger.reset();
    vault.reset();
    accessLog.reset();
    ownerNodes.reset();
    jdbc.sql("DELETE FROM evidence_item").update();
    jdbc.sql("DELETE FROM received_copy").update();
    jdbc.sql("DELETE FROM pending_access").update();
  }

  protected static RequestPostProcessor officer() {
    return httpBasic("officer", "officer-pass");
  }

  protected static RequestPostProcessor auditor() {
    return httpBasic("auditor", "auditor-pass");
  }

  protected static RequestPostProcessor admin() {
    return httpBasic("admin", "admin-pass");
  }

  /** Uploads a text file as the officer and returns the new evidence id (anchored unless the ledger is down). */
  protected String upload(String text) throws Exception {
    String body = mvc.perform(new MultipartBody().field("caseRef", "CASE-1")
            .field("title", "witness statement")
            .file("statement.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8))
            .post("/api/evidence").with(officer()))
        .andExpect(status().is2xxSuccessful())
        .andReturn().getResponse().getContentAsString();
    return json.readTree(body).path("evidenceId").asText();
  }

  protected JsonNode jsonOf(String body) throws Exception {
    return json.readTree(body);
  }
}
