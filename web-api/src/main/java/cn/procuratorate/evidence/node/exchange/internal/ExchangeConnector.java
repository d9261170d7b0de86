package cn.procuratorate.evidence.node.exchange.internal;

import java.net.InetAddress;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * The second HTTPS connector, on the profile's exchange port, that only talks to clients with a
 * certificate from a member agency's node TLS CA ({@code certificateVerification=required}): a
 * handshake without one fails before any HTTP is read.
 */
final class ExchangeConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final int port;
  private final InetAddress address;
  private final ExchangeTls tls;

  ExchangeConnector(int port, InetAddress address, ExchangeTls tls) {
    this.port = port;
    this.address = address;
    this.tls = tls;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    Connector connector = new Connector(Http11NioProtocol.class.getName());
    connector.setPort(port);
    connector.setScheme("https");
    connector.setSecure(true);
    Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
    if (address != null) {
      protocol.setAddress(address);
    }
    protocol.setSSLEnabled(true);
    SSLHostConfig ssl = new SSLHostConfig();
    ssl.setCertificateVerification("required");
    ssl.setProtocols("TLSv1.2+TLSv1.3");
    ssl.setTrustStore(tls.trustStore());
    SSLHostConfigCertificate certificate =
        new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.UNDEFINED);
    certificate.setCertificateFile(tls.certificateFile().toString());
    certificate.setCertificateKeyFile(tls.keyFile().toString());
    ssl.addCertificate(certificate);
    protocol.addSslHostConfig(ssl);
    factory.addAdditionalTomcatConnectors(connector);
  }
}
