package cn.procuratorate.evidence.node.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.node.workflow.WorkflowWebTest;
import cn.procuratorate.evidence.node.workflow.WorkflowWebTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Procuratorate's node sending leads (to the Police) and showing them. */
@WorkflowWebTest
class LeadControllerTest extends WorkflowWebTestSupport {

  private static final byte[] FILE = "statement".getBytes(StandardCharsets.UTF_8);

  private MockHttpServletRequestBuilder postLead(String body) {
    return post("/api/leads").contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Nested
  class Start {

    @Test
    void startsTheTransferAndSubmitsItOnTheLedgerInTheBackground() throws Exception {
      custody.registerForeign("ProcuratorateMSP", "E-1", FILE, "text/plain");
      custody.registerForeign("PoliceMSP", "E-2", FILE, "text/plain");
      String body = mvc.perform(postLead("""
              {"receiverAgency":"police","evidenceIds":["E-1","E-2"],"summary":"fraud ring"}""")
              .with(prosecutor()))
          .andExpect(status().isAccepted())
          .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/leads/lead-")))
          .andExpect(jsonPath("$.receiverMsp").value("PoliceMSP"))
          .andExpect(jsonPath("$.summaryDigest").value(org.hamcrest.Matchers.hasLength(64)))
          .andReturn().getResponse().getContentAsString();
      String leadId = jsonOf(body).path("leadId").asText();
      assertThat(ledger.calls()).isEmpty();

      runJobs();

      assertThat(ledger.calls()).containsExactly(
          "submitLead " + leadId + " to=PoliceMSP evidence=[E-1, E-2] by=prosecutor");
      mvc.perform(get("/api/leads/" + leadId).with(prosecutor()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.side").value("SENDER"))
          .andExpect(jsonPath("$.process.processKey").value("lead-transfer"))
          .andExpect(jsonPath("$.process.waitingAt").value(org.hamcrest.Matchers.hasItem("AwaitLeadDecision")))
          .andExpect(jsonPath("$.process.variables.submitTxId").value("tx-1"));
    }

    @Test
    void refusesAnUnknownAgencyAndStartsNothing() throws Exception {
      mvc.perform(postLead("{\"receiverAgency\":\"tax-bureau\",\"evidenceIds\":[]}").with(prosecutor()))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(jsonPath("$.code").value("UNKNOWN_AGENCY"));
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void refusesToSendALeadToItself() throws Exception {
      mvc.perform(postLead("{\"receiverAgency\":\"ProcuratorateMSP\"}").with(prosecutor()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("INVALID_FIELD"));
    }

    @Test
    void refusesMalformedUnknownAndThirdAgencyEvidence() throws Exception {
      custody.registerForeign("CourtMSP", "E-9", FILE, "text/plain");
      mvc.perform(postLead("{\"receiverAgency\":\"police\",\"evidenceIds\":[\"../etc\"]}").with(prosecutor()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("INVALID_EVIDENCE_ID"));
      mvc.perform(postLead("{\"receiverAgency\":\"police\",\"evidenceIds\":[\"E-404\"]}").with(prosecutor()))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("EVIDENCE_NOT_FOUND"));
      mvc.perform(postLead("{\"receiverAgency\":\"police\",\"evidenceIds\":[\"E-9\"]}").with(prosecutor()))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("NOT_OWNER"));
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void refusesABodyWithoutReceiver() throws Exception {
      mvc.perform(postLead("{\"evidenceIds\":[]}").with(prosecutor()))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.code").value("INVALID_FIELD"));
    }

    @Test
    void isForCaseHandlersOnly() throws Exception {
      mvc.perform(postLead("{\"receiverAgency\":\"police\"}").with(auditor()))
          .andExpect(status().isForbidden())
          .andExpect(jsonPath("$.code").value("FORBIDDEN"));
      mvc.perform(postLead("{\"receiverAgency\":\"police\"}"))
          .andExpect(status().isUnauthorized());
    }
  }

  @Nested
  class Show {

    @Test
    void showsTheLedgerRecordAndHistoryOfALeadThisAgencyReceived() throws Exception {
      records.leads.put("lead-7", lead("lead-7", "PoliceMSP", "ProcuratorateMSP"));
      mvc.perform(get("/api/leads/lead-7").with(auditor()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.side").value("RECEIVER"))
          .andExpect(jsonPath("$.ledger.status").value("SUBMITTED"))
          .andExpect(jsonPath("$.ledger.history[0].actorUser").value("officer"))
          .andExpect(jsonPath("$.ledger.history[0].at").value("2025-03-01T08:00:00Z"));
    }

    @Test
    void doesNotShowOtherAgenciesLeads() throws Exception {
      records.leads.put("lead-8", lead("lead-8", "PoliceMSP", "CourtMSP"));
      mvc.perform(get("/api/leads/lead-8").with(prosecutor()))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void refusesAMalformedId() throws Exception {
      mvc.perform(get("/api/leads/-bad*id").with(prosecutor()))
          .andExpect(status().isBadRequest());
    }
  }

  static Lead lead(String id, String sender, String receiver) {
    return new Lead(1, id, sender, receiver, List.of(), "", LeadStatus.SUBMITTED, null,
        List.of(new StatusChange("SUBMITTED", sender, "officer", "", "tx-0", Instant.parse("2025-03-01T08:00:00Z"))));
  }
}
