package cn.procuratorate.evidence.node.security.internal;

import static cn.procuratorate.evidence.node.security.NodeRole.ADMIN;
import static cn.procuratorate.evidence.node.security.NodeRole.AUDITOR;
import static cn.procuratorate.evidence.node.security.NodeRole.CASE_HANDLERS;
import static cn.procuratorate.evidence.node.security.NodeRole.JUDGE;
import static cn.procuratorate.evidence.node.security.NodeRole.OFFICER;
import static cn.procuratorate.evidence.node.security.NodeRole.PROSECUTOR;

import cn.procuratorate.evidence.node.security.NodeRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Which role may call which endpoint, in one table. Per-object rules (the item is this agency's,
 * or the ledger grants this agency access) are checked by the features on top of this.
 */
final class AccessRules {

  private static final NodeRole[] EVERY_ROLE = NodeRole.values();

  private AccessRules() {}

  static void apply(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules,
      boolean auditorsMayDownload) {
    NodeRole[] contentReaders =
        auditorsMayDownload
            ? new NodeRole[] {OFFICER, PROSECUTOR, JUDGE, AUDITOR}
            : CASE_HANDLERS;
    rules
        .requestMatchers("/error").permitAll()
        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
        .requestMatchers(HttpMethod.POST, "/api/evidence").hasAnyRole(NodeRole.names(CASE_HANDLERS))
        .requestMatchers(HttpMethod.GET, "/api/evidence/*/content")
        .hasAnyRole(NodeRole.names(contentReaders))
        .requestMatchers("/api/evidence/*/grants", "/api/evidence/*/grants/*")
        .hasAnyRole(NodeRole.names(CASE_HANDLERS))
        .requestMatchers(HttpMethod.POST, "/api/evidence/*/fetch")
        .hasAnyRole(NodeRole.names(CASE_HANDLERS))
        .requestMatchers(HttpMethod.GET, "/api/evidence/*/verification")
        .hasAnyRole(NodeRole.names(EVERY_ROLE))
        .requestMatchers(HttpMethod.POST, "/api/verifications").hasAnyRole(NodeRole.names(EVERY_ROLE))
        .requestMatchers(HttpMethod.GET, "/api/evidence", "/api/evidence/*")
        .hasAnyRole(NodeRole.names(EVERY_ROLE))
        .requestMatchers("/api/**").hasAnyRole(NodeRole.names(EVERY_ROLE))
        .anyRequest().authenticated();
  }
}
