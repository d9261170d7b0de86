package cn.procuratorate.evidence.node.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

@NodeWebTest
class GrantControllerTest extends NodeWebTestSupport {

  @Test
  void grantsAndRevokesOnTheLedger() throws Exception {
    String id = upload("statement");
    grant(id, "{\"agency\":\"procuratorate\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.granteeMsp").value("ProcuratorateMSP"))
        .andExpect(jsonPath("$.holds").value(true))
        .andExpect(jsonPath("$.txId").exists());
    assertThat(ledger.hasAccess(id, "ProcuratorateMSP")).isTrue();

    mvc.perform(delete("/api/evidence/{id}/grants/{agency}", id, "ProcuratorateMSP").with(officer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.holds").value(false))
        .andExpect(jsonPath("$.revokedAt").exists());
    assertThat(ledger.hasAccess(id, "ProcuratorateMSP")).isFalse();
  }

  @Test
  void refusesUnknownAgenciesAndTheOwnerItself() throws Exception {
    String id = upload("statement");
    grant(id, "{\"agency\":\"mars\"}")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("UNKNOWN_AGENCY"));
    grant(id, "{\"agency\":\"PoliceMSP\"}").andExpect(status().isUnprocessableEntity());
    assertThat(ledger.hasAccess(id, "CourtMSP")).isFalse();
  }

  @Test
  void onlyTheOwnerShares() throws Exception {
    ledger.registerForeign("CourtMSP", "court-item", "verdict".getBytes(StandardCharsets.UTF_8), "text/plain");
    grant("court-item", "{\"agency\":\"procuratorate\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("NOT_OWNER"));
    mvc.perform(delete("/api/evidence/{id}/grants/{agency}", "court-item", "procuratorate").with(officer()))
        .andExpect(status().isForbidden());
    grant("nobody-has-this", "{\"agency\":\"procuratorate\"}")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("EVIDENCE_NOT_FOUND"));
  }

  @Test
  void mapsTheLedgersRefusalCodes() throws Exception {
    String id = upload("statement");
    ledger.nextSubmitRefusal = ErrorCode.FORBIDDEN;
    grant(id, "{\"agency\":\"court\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("LEDGER_REFUSED"))
        .andExpect(jsonPath("$.ledgerCode").value("FORBIDDEN"));
    ledger.nextSubmitRefusal = ErrorCode.CONFLICT;
    grant(id, "{\"agency\":\"court\"}").andExpect(status().isConflict());
    ledger.nextSubmitRefusal = ErrorCode.INVALID_ARGUMENT;
    grant(id, "{\"agency\":\"court\"}").andExpect(status().isBadRequest());
    mvc.perform(delete("/api/evidence/{id}/grants/{agency}", id, "court").with(officer()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.ledgerCode").value("NOT_FOUND"));
    ledger.unavailable = true;
    grant(id, "{\"agency\":\"court\"}").andExpect(status().isServiceUnavailable());
  }

  @Test
  void refusesMalformedBodies() throws Exception {
    String id = upload("statement");
    grant(id, "{}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVALID_FIELD"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("agency")));
    grant(id, "{\"agency\":").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
  }

  @Test
  void isForCaseHandlersOnly() throws Exception {
    String id = upload("statement");
    mvc.perform(post("/api/evidence/{id}/grants", id).with(auditor())
            .contentType(MediaType.APPLICATION_JSON).content("{\"agency\":\"court\"}"))
        .andExpect(status().isForbidden());
  }

  private ResultActions grant(String id, String body) throws Exception {
    return mvc.perform(post("/api/evidence/{id}/grants", id).with(officer())
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
