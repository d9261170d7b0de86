package cn.procuratorate.evidence.node.exchange.internal;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

/**
 * The exchange's TLS material, all from connection profiles: this node's certificate and key
 * ({@code node.tlsCertPath}, {@code node.tlsKeyPath}), and as trust anchors the TLS CA of every
 * member's node ({@code node.tlsCaCertPath}), each of which issues only its own agency's certs.
 */
final class ExchangeTls {

  private final ConnectionProfile.Node own;
  /** MSP id → the TLS CA that issues that agency's node certificates. */
  private final Map<String, X509Certificate> memberCas;

  ExchangeTls(AgencyNode node, ConsortiumMembers members) {
    this.own = node.profile().requireNode();
    this.memberCas = new LinkedHashMap<>();
    for (ConsortiumMember member : members.all()) {
      if (member.nodeTlsCaCertPath() != null) {
        memberCas.put(member.mspId(), readCertificate(member.nodeTlsCaCertPath()));
      }
    }
  }

  Map<String, X509Certificate> memberCas() {
    return Map.copyOf(memberCas);
  }

  Path certificateFile() {
    return own.tlsCertPath();
  }

  Path keyFile() {
    return own.tlsKeyPath();
  }

  /** Trust anchors for the server side: the members' node TLS CAs. */
  KeyStore trustStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (Map.Entry<String, X509Certificate> ca : memberCas.entrySet()) {
        store.setCertificateEntry(ca.getKey(), ca.getValue());
      }
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build the exchange trust store", e);
    }
  }

  /** Client side: present this node's certificate, trust the members' node TLS CAs. */
  SSLContext clientContext() {
    String cas = memberCas.keySet().stream()
        .map(msp -> pemOf(memberCas.get(msp)))
        .collect(Collectors.joining("\n"));
    PemSslStoreDetails keyStore =
        PemSslStoreDetails.forCertificates(read(own.tlsCertPath())).withPrivateKey(read(own.tlsKeyPath()));
    PemSslStoreDetails trustStore = PemSslStoreDetails.forCertificates(cas);
    return SslBundle.of(new PemSslStoreBundle(keyStore, trustStore)).createSslContext();
  }

  private static String pemOf(X509Certificate certificate) {
    try {
      String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded());
      return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encode a CA certificate", e);
    }
  }

  private static X509Certificate readCertificate(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read TLS CA certificate " + path, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("not an X.509 certificate: " + path, e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
