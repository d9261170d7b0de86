package cn.procuratorate.evidence.node.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.LedgerInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

class NodeUserTest {

  @Test
  void keepsLedgerSafeNamesAndDigestsOthers() {
    assertThat(NodeUser.ledgerIdOf("officer")).isEqualTo("officer");
    String mail = NodeUser.ledgerIdOf("li.wei@police.example");
    assertThat(mail).startsWith("u-").hasSize(26).doesNotContain("li.wei");
    assertThat(LedgerInput.isId(mail)).isTrue();
    assertThat(NodeUser.ledgerIdOf("李伟")).isEqualTo(NodeUser.ledgerIdOf("李伟")).startsWith("u-");
  }

  @Test
  void readsTheRolesFromTheAuthorities() {
    var auth = new UsernamePasswordAuthenticationToken("judge1", "x",
        AuthorityUtils.createAuthorityList("ROLE_JUDGE", "ROLE_AUDITOR", "SCOPE_openid"));
    NodeUser user = NodeUser.from(auth);
    assertThat(user.roles()).containsExactlyInAnyOrder(NodeRole.JUDGE, NodeRole.AUDITOR);
    assertThat(NodeRole.parse("prosecutor")).contains(NodeRole.PROSECUTOR);
    assertThat(NodeRole.parse("ROLE_admin")).contains(NodeRole.ADMIN);
    assertThat(NodeRole.parse("chief")).isEmpty();
    assertThat(List.of(NodeRole.CASE_HANDLERS)).doesNotContain(NodeRole.AUDITOR, NodeRole.ADMIN);
  }
}
