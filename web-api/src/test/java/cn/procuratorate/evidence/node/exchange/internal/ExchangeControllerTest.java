package cn.procuratorate.evidence.node.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import cn.procuratorate.evidence.node.testsupport.TestCertificates;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The owner's side of the exchange, as another agency's node sees it over mutual TLS. */
@NodeWebTest
class ExchangeControllerTest extends NodeWebTestSupport {

  @Test
  void streamsToAGrantedAgencysNodeAndRecordsTheRead() throws Exception {
    String id = upload("statement");
    ledger.grant(id, "ProcuratorateMSP");
    mvc.perform(get("/exchange/evidence/{id}", id).with(onExchangePort()).with(cert(TestCertificates.node("procuratorate"))))
        .andExpect(status().isOk())
        .andExpect(content().string("statement"));
    assertThat(accessLog.reads()).singleElement()
        .satisfies(read -> assertThat(read.user()).isEqualTo("exchange.ProcuratorateMSP"));
  }

  @Test
  void refusesAnAgencyWithoutAGrant() throws Exception {
    String id = upload("statement");
    mvc.perform(get("/exchange/evidence/{id}", id).with(onExchangePort()).with(cert(TestCertificates.node("court"))))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("NO_GRANT"));
    assertThat(accessLog.reads()).isEmpty();
  }

  @Test
  void refusesCallersWithoutAnAgencyNodeCertificate() throws Exception {
    String id = upload("statement");
    ledger.grant(id, "CourtMSP");
    mvc.perform(get("/exchange/evidence/{id}", id).with(onExchangePort()))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    mvc.perform(get("/exchange/evidence/{id}", id).with(onExchangePort()).with(cert(TestCertificates.node("rogue"))))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/exchange/evidence/{id}", id).with(onExchangePort()).with(cert(TestCertificates.peer("court"))))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/exchange/evidence/{id}", id).with(onExchangePort()).with(officer()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void servesOnlyItsOwnAnchoredItems() throws Exception {
    ledger.registerForeign("CourtMSP", "court-item", "x".getBytes(), "text/plain");
    ledger.grantForeign("court-item", "ProcuratorateMSP");
    mvc.perform(get("/exchange/evidence/{id}", "court-item").with(onExchangePort())
            .with(cert(TestCertificates.node("procuratorate"))))
        .andExpect(status().isNotFound());
  }

  @Test
  void keepsTheTwoPortsApart() throws Exception {
    String id = upload("statement");
    ledger.grant(id, "ProcuratorateMSP");
    mvc.perform(get("/exchange/evidence/{id}", id).with(cert(TestCertificates.node("procuratorate"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/evidence").with(onExchangePort()).with(officer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void namesTheAgencyByTheCaThatSignedNotByTheIssuerName() {
    AgencyCertificates agencies = new AgencyCertificates(TestCertificates.memberCas(), "node.");
    assertThat(agencies.extractPrincipal(TestCertificates.node("court"))).isEqualTo("CourtMSP");
    assertThat(agencies.extractPrincipal(TestCertificates.node("rogue"))).isNull();
    assertThat(agencies.extractPrincipal(TestCertificates.peer("police"))).isNull();
    assertThat(new AgencyCertificates(TestCertificates.memberCas(), "").extractPrincipal(TestCertificates.peer("police")))
        .isEqualTo("PoliceMSP");
  }

  private static RequestPostProcessor onExchangePort() {
    return request -> {
      request.setLocalPort(EXCHANGE_PORT);
      request.setScheme("https");
      request.setSecure(true);
      return request;
    };
  }

  private static RequestPostProcessor cert(X509Certificate certificate) {
    return x509(certificate);
  }
}
