package cn.procuratorate.evidence.systemtests.workflow;

import static org.assertj.core.api.Assertions.assertThat;

/** Leads without evidence, for measurements where only the hand-off counts. */
final class LeadTransferFlowITSupport {

  private LeadTransferFlowITSupport() {}

  static String submit(NodeApi police) {
    NodeApi.Answer started = police.post("/api/leads", "officer",
        "{\"receiverAgency\":\"procuratorate\",\"evidenceIds\":[],\"summary\":\"latency probe\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    return started.body().path("leadId").asText();
  }
}
