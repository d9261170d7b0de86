package cn.procuratorate.evidence.node.security;

import cn.procuratorate.evidence.ledger.model.LedgerInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The authenticated user of a request as the features need it.
 *
 * @param ledgerId the id that goes on the ledger as uploader, receiver or reader: the user name
 *     when it fits the ledger's id rules, else {@code u-} and a digest of it (an e-mail address as
 *     OIDC user name would otherwise be refused by the chaincode, and would put personal data on
 *     a channel every member reads)
 */
public record NodeUser(String name, String ledgerId, Set<NodeRole> roles) {

  public static NodeUser from(Authentication authentication) {
    Set<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      NodeRole.parse(authority.getAuthority()).ifPresent(roles::add);
    }
    String name = authentication.getName();
    return new NodeUser(name, ledgerIdOf(name), Set.copyOf(roles));
  }

  public boolean has(NodeRole role) {
    return roles.contains(role);
  }

  static String ledgerIdOf(String name) {
    if (LedgerInput.isId(name)) {
      return name;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return "u-" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
