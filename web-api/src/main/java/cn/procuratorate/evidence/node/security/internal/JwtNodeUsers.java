package cn.procuratorate.evidence.node.security.internal;

import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.security.NodeRole;
import cn.procuratorate.evidence.node.security.SecuritySettings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a node user from the agency's OIDC access token: name and roles from configurable claims,
 * and a token issued for another agency is refused (one issuer may serve several agencies).
 */
final class JwtNodeUsers implements Converter<Jwt, AbstractAuthenticationToken> {

  private final SecuritySettings.Jwt settings;
  private final AgencyNode node;

  JwtNodeUsers(SecuritySettings.Jwt settings, AgencyNode node) {
    this.settings = settings;
    this.node = node;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    requireOwnAgency(jwt);
    List<SimpleGrantedAuthority> authorities =
        roleNames(claim(jwt.getClaims(), settings.rolesClaim())).stream()
            .map(NodeRole::parse)
            .flatMap(java.util.Optional::stream)
            .distinct()
            .map(role -> new SimpleGrantedAuthority(role.authority()))
            .toList();
    String name = jwt.getClaimAsString(settings.usernameClaim());
    return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
  }

  private void requireOwnAgency(Jwt jwt) {
    String claimName = settings.agencyClaim();
    if (claimName == null || claimName.isBlank()) {
      return;
    }
    Object agency = claim(jwt.getClaims(), claimName);
    if (!(Objects.equals(agency, node.agency()) || Objects.equals(agency, node.mspId()))) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_TOKEN, "the token is not for agency " + node.agency(), null));
    }
  }

  /** Follows a dotted path ({@code realm_access.roles}) through nested claim objects. */
  static Object claim(Map<String, Object> claims, String path) {
    Object current = claims;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(part);
    }
    return current;
  }

  private static List<String> roleNames(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    if (value instanceof String text) {
      return List.of(text.split("[\\s,]+"));
    }
    return List.of();
  }
}
