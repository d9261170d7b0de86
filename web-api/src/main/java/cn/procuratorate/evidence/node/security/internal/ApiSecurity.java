package cn.procuratorate.evidence.node.security.internal;

import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.security.SecuritySettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The user-facing API: every request authenticated (HTTP Basic against the development users,
 * a bearer JWT from the agency's issuer, or both), stateless, role rules from {@link AccessRules}.
 * The node refuses to start with neither configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ApiSecurity {

  /** After the exchange connector's chain, which claims {@code /exchange/**} first. */
  static final int API_CHAIN_ORDER = 10;

  /**
   * The only passwords this node checks are the development users', whose passwords are
   * published in the README, so a slow hash protects nothing. It does cost: the API is stateless,
   * HTTP Basic re-checks the password on every request, and bcrypt's default strength (10)
   * measured ~55 ms of CPU per request on the 2-core development machine, more than the request
   * itself. Strength 4 (the minimum) keeps them stored hashed at ~1 ms. Real users come from the
   * agency's OIDC tokens and never reach this encoder.
   */
  static final int DEV_USER_BCRYPT_STRENGTH = 4;

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(DEV_USER_BCRYPT_STRENGTH);
  }

  @Bean
  UserDetailsService nodeUsers(SecuritySettings settings, PasswordEncoder encoder) {
    // Without dev users the service is empty: HTTP Basic then authenticates nobody.
    return settings.devUsers()
        ? DevUsers.seeded(encoder)
        : new org.springframework.security.provisioning.InMemoryUserDetailsManager();
  }

  @Bean
  ProblemSecurityHandlers problemSecurityHandlers(
      ProblemWriter writer, SecuritySettings settings, AgencyNode node, ObjectProvider<JwtDecoder> jwt) {
    List<String> challenges = new ArrayList<>();
    if (settings.devUsers()) {
      challenges.add("Basic realm=\"" + node.agency() + " evidence node\"");
    }
    if (jwt.getIfAvailable() != null) {
      challenges.add("Bearer");
    }
    return new ProblemSecurityHandlers(writer, challenges);
  }

  @Bean
  @Order(API_CHAIN_ORDER)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      SecuritySettings settings,
      AgencyNode node,
      ProblemSecurityHandlers problems,
      ObjectProvider<JwtDecoder> jwtDecoder)
      throws Exception {
    JwtDecoder decoder = jwtDecoder.getIfAvailable();
    if (!settings.devUsers() && decoder == null) {
      throw new IllegalStateException(
          "No way to authenticate users: run with the dev profile (seeded users) or set "
              + "spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }
    http.csrf(AbstractHttpConfigurer::disable) // stateless: no cookies, no session to ride on
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(rules -> AccessRules.apply(rules, settings.auditorsMayDownload()))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    if (settings.devUsers()) {
      http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
    }
    if (decoder != null) {
      JwtNodeUsers users = new JwtNodeUsers(settings.jwt(), node);
      http.oauth2ResourceServer(
          oauth ->
              oauth
                  .authenticationEntryPoint(problems)
                  .accessDeniedHandler(problems)
                  .jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(users)));
    }
    return http.build();
  }
}
