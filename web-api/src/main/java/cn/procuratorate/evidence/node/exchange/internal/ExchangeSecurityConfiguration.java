package cn.procuratorate.evidence.node.exchange.internal;

import cn.procuratorate.evidence.node.exchange.ExchangeSettings;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/**
 * Who may use the exchange: the port guard (before anything else) and the certificate-only
 * security chain for {@code /exchange/**}, ordered before the user API's chain.
 */
@Configuration(proxyBeanMethods = false)
public class ExchangeSecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain exchangeChain(
      HttpSecurity http, X509PrincipalExtractor agencyCertificates, ProblemWriter problems)
      throws Exception {
    return ExchangeSecurity.chain(http, agencyCertificates, problems);
  }

  @Bean
  FilterRegistrationBean<ExchangePortGuard> exchangePortGuard(
      ExchangeSettings settings, ProblemWriter problems) {
    FilterRegistrationBean<ExchangePortGuard> registration =
        new FilterRegistrationBean<>(new ExchangePortGuard(settings.port(), problems));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
