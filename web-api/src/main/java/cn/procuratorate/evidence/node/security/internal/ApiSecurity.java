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

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
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
