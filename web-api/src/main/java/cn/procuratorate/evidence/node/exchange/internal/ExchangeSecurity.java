package cn.procuratorate.evidence.node.exchange.internal;

import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.problem.Problems;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/**
 * {@code /exchange/**}: authenticated by the client certificate alone (the name is the calling
 * agency's MSP id, role AGENCY_NODE); no user credentials, no session.
 */
final class ExchangeSecurity {


  static final String AGENCY_NODE_ROLE = "AGENCY_NODE";
  private ExchangeSecurity() {}

  static SecurityFilterChain chain(
      HttpSecurity http, X509PrincipalExtractor agencies, ProblemWriter problems) throws Exception {
    UserDetailsService agencyNodes =
        mspId -> new User(mspId, "", AuthorityUtils.createAuthorityList("ROLE_" + AGENCY_NODE_ROLE));
    http.securityMatcher(ExchangePortGuard.EXCHANGE_PATHS + "**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .x509(x -> x.x509PrincipalExtractor(agencies).userDetailsService(agencyNodes))
        .authorizeHttpRequests(rules -> rules.anyRequest().hasRole(AGENCY_NODE_ROLE))
        .exceptionHandling(e -> e
            .authenticationEntryPoint((request, response, failure) -> problems.write(response,
                Problems.of(ProblemKind.UNAUTHENTICATED,
                    "present the certificate of a member agency's node")))
            .accessDeniedHandler((request, response, failure) -> problems.write(response,
                Problems.of(ProblemKind.FORBIDDEN, "only agency nodes may use the exchange"))));
    return http.build();
  }
}
