package cn.procuratorate.evidence.node.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.node.testsupport.NodeSliceConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;

/** The production setting: no seeded users, bearer tokens from the agency's OIDC issuer. */
@WebMvcTest(properties = {"evidence.security.dev-users=false", "evidence.exchange.port=7209"})
@Import({NodeSliceConfiguration.class, JwtSecurityTest.Tokens.class})
class JwtSecurityTest {

  @Autowired MockMvc mvc;

  @TestConfiguration(proxyBeanMethods = false)
  static class Tokens {
    /** Stands in for the issuer's signature check: each test token decodes to fixed claims. */
    @Bean
    JwtDecoder jwtDecoder() {
      return token -> switch (token) {
        case "police-officer" -> jwt(token, Map.of("preferred_username", "li.wei@police.example",
            "roles", List.of("officer"), "agency", "police"));
        case "court-judge" -> jwt(token, Map.of("preferred_username", "judge1",
            "roles", List.of("JUDGE"), "agency", "CourtMSP"));
        case "police-no-roles" -> jwt(token, Map.of("preferred_username", "visitor", "agency", "police"));
        default -> throw new BadJwtException("not a token");
      };
    }

    private static Jwt jwt(String token, Map<String, Object> claims) {
      return Jwt.withTokenValue(token).header("alg", "ES256").subject("sub-" + token)
          .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).claims(c -> c.putAll(claims))
          .build();
    }
  }

  @Test
  void acceptsATokenOfThisAgencyWithItsRoles() throws Exception {
    mvc.perform(get("/api/evidence").header("Authorization", "Bearer police-officer"))
        .andExpect(status().isOk());
  }

  @Test
  void refusesATokenIssuedForAnotherAgency() throws Exception {
    mvc.perform(get("/api/evidence").header("Authorization", "Bearer court-judge"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
  }

  @Test
  void aTokenWithoutRolesOpensNothing() throws Exception {
    mvc.perform(get("/api/evidence").header("Authorization", "Bearer police-no-roles"))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusesBadTokensAndTheDevelopmentUsers() throws Exception {
    mvc.perform(get("/api/evidence").header("Authorization", "Bearer forged"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Bearer"));
    mvc.perform(get("/api/evidence").with(httpBasic("officer", "officer-pass")))
        .andExpect(status().isUnauthorized());
  }
}
