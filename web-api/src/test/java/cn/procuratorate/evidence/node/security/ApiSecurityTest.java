package cn.procuratorate.evidence.node.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.node.testsupport.NodeWebTest;
import cn.procuratorate.evidence.node.testsupport.NodeWebTestSupport;
import org.junit.jupiter.api.Test;

/** Every request authenticated, with problem details for the refusals. */
@NodeWebTest
class ApiSecurityTest extends NodeWebTestSupport {

  @Test
  void refusesAnonymousRequestsWithAChallenge() throws Exception {
    mvc.perform(get("/api/evidence"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Basic realm=\"police evidence node\""))
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.type").value("urn:evidence-ledger:problem:unauthenticated"));
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    mvc.perform(get("/no/such/page")).andExpect(status().isUnauthorized());
  }

  @Test
  void refusesWrongPasswords() throws Exception {
    mvc.perform(get("/api/evidence").with(httpBasic("officer", "officer-password")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/evidence").with(httpBasic("nobody", "nobody-pass")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void letsEveryRoleLookAndAnswersUnknownRoutesWithAProblem() throws Exception {
    for (String user : new String[] {"officer", "prosecutor", "judge", "auditor", "admin"}) {
      mvc.perform(get("/api/evidence").with(httpBasic(user, user + "-pass"))).andExpect(status().isOk());
    }
    mvc.perform(get("/api/no-such-thing").with(officer()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
  }

  @Test
  void keepsTheActuatorForAdministrators() throws Exception {
    mvc.perform(get("/actuator/metrics").with(officer())).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }
}
