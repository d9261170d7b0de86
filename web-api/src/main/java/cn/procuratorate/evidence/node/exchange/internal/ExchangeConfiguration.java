package cn.procuratorate.evidence.node.exchange.internal;

import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import cn.procuratorate.evidence.node.exchange.ExchangeSettings;
import cn.procuratorate.evidence.node.exchange.OwnerNodes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/** The exchange's TLS material, its connector and its client, from the connection profiles. */
@Configuration(proxyBeanMethods = false)
public class ExchangeConfiguration {

  @Bean
  ExchangeTls exchangeTls(AgencyNode node, ConsortiumMembers members) {
    return new ExchangeTls(node, members);
  }

  @Bean
  X509PrincipalExtractor agencyCertificates(ExchangeTls tls, ExchangeSettings settings) {
    return new AgencyCertificates(tls.memberCas(), settings.clientNamePrefix());
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> exchangeConnector(
      ExchangeSettings settings, ExchangeTls tls, @Value("${server.address:}") String address)
      throws UnknownHostException {
    if (!settings.enabled()) {
      return factory -> {};
    }
    InetAddress bind = address.isBlank() ? null : InetAddress.getByName(address);
    return new ExchangeConnector(settings.port(), bind, tls);
  }

  @Bean
  OwnerNodes ownerNodes(ExchangeTls tls, ExchangeSettings settings, ObjectMapper json) {
    return new HttpsOwnerNodes(tls.clientContext(), settings, json);
  }
}
