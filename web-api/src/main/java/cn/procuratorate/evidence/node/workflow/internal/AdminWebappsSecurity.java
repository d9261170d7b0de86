package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.problem.Problems;
import cn.procuratorate.evidence.node.security.NodeRole;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Cockpit, Tasklist and Admin ({@code /camunda/**}) for the node's ADMIN users only, with the
 * node's own login (HTTP Basic against the node's users), passed on to Camunda by
 * {@link NodeAdminAuthenticationProvider}. A chain of its own, ahead of the API's, because the
 * web apps keep a session and guard it with Camunda's own CSRF filter, while the API is stateless.
 */
@Configuration(proxyBeanMethods = false)
class AdminWebappsSecurity {

  static final String WEBAPPS = "/camunda/";
  /** Before the user API's chain (10), which would otherwise claim every path. */
  static final int WEBAPPS_CHAIN_ORDER = 5;

  @Bean
  @Order(WEBAPPS_CHAIN_ORDER)
  SecurityFilterChain adminWebappsChain(HttpSecurity http, ProblemWriter writer, AgencyNode node) throws Exception {
    AuthenticationEntryPoint challenge = (request, response, failure) -> {
      response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + node.agency() + " workflow admin\"");
      writer.write(response, Problems.of(ProblemKind.UNAUTHENTICATED, "log in as an administrator of this node"));
    };
    AccessDeniedHandler denied = (request, response, failure) ->
        writer.write(response, Problems.of(ProblemKind.FORBIDDEN, "the workflow web apps are for administrators"));
    http.securityMatcher(WEBAPPS + "**")
        // Camunda's CsrfPreventionFilter guards the web apps' session; Spring's would break their API calls.
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(rules -> rules.anyRequest().hasRole(NodeRole.ADMIN.name()))
        .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
        .exceptionHandling(e -> e.authenticationEntryPoint(challenge).accessDeniedHandler(denied));
    return http.build();
  }

  /** Runs after Spring Security's filter (order -100) and before the web apps' own session filter. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> nodeLoginForCamundaWebapps() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", NodeAdminAuthenticationProvider.class.getName()));
    registration.addUrlPatterns(WEBAPPS + "app/*", WEBAPPS + "api/*");
    registration.setOrder(101);
    return registration;
  }
}
