package cn.procuratorate.evidence.node.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code evidence.security.*}.
 *
 * @param devUsers seed the development users (HTTP Basic); on in the {@code dev} profile only
 * @param auditorsMayDownload policy: may AUDITOR read evidence content (default: no, they verify)
 * @param jwt how to read users from the agency's OIDC tokens
 */
@ConfigurationProperties("evidence.security")
public record SecuritySettings(
    @DefaultValue("false") boolean devUsers,
    @DefaultValue("false") boolean auditorsMayDownload,
    @DefaultValue Jwt jwt) {

  /**
   * @param rolesClaim claim holding the user's roles, a dotted path into nested objects
   *     ({@code realm_access.roles} for Keycloak)
   * @param usernameClaim claim naming the user ({@code sub} when absent)
   * @param agencyClaim claim naming the user's agency (short name or MSP id); a token for another
   *     agency is refused. Blank: not checked (an issuer per agency, audience checked instead)
   */
  public record Jwt(
      @DefaultValue("roles") String rolesClaim,
      @DefaultValue("preferred_username") String usernameClaim,
      @DefaultValue("agency") String agencyClaim) {}
}
