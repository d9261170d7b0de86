package cn.procuratorate.evidence.node.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.security.SecuritySettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtNodeUsersTest {

  private final AgencyNode police =
      new AgencyNode("police", "PoliceMSP", "Police", AgencyKind.POLICE, Path.of("."), null);

  @Test
  void readsKeycloakStyleNestedRolesAndIgnoresOthers() {
    JwtNodeUsers users = new JwtNodeUsers(
        new SecuritySettings.Jwt("realm_access.roles", "preferred_username", ""), police);
    Jwt jwt = Jwt.withTokenValue("t").header("alg", "ES256").subject("s").issuedAt(Instant.now())
        .claim("realm_access", Map.of("roles", List.of("officer", "offline_access", "AUDITOR")))
        .claim("preferred_username", "wang").build();
    var auth = users.convert(jwt);
    assertThat(auth.getName()).isEqualTo("wang");
    assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("ROLE_OFFICER", "ROLE_AUDITOR");
  }

  @Test
  void followsDottedClaimPaths() {
    assertThat(JwtNodeUsers.claim(Map.of("a", Map.of("b", "c")), "a.b")).isEqualTo("c");
    assertThat(JwtNodeUsers.claim(Map.of("a", "x"), "a.b")).isNull();
  }
}
