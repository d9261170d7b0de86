package cn.procuratorate.evidence.node.exchange.internal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/**
 * Names the agency behind a client certificate by the member TLS CA whose key signed it (checked
 * cryptographically, not by comparing issuer names, which anyone can write into a certificate).
 * The TLS handshake has already checked the chain and validity; this decides which agency it is.
 */
public final class AgencyCertificates implements X509PrincipalExtractor {

  private static final Logger log = LoggerFactory.getLogger(AgencyCertificates.class);

  private final Map<String, X509Certificate> memberCas;
  private final String requiredNamePrefix;

  public AgencyCertificates(Map<String, X509Certificate> memberCas, String requiredNamePrefix) {
    this.memberCas = Map.copyOf(memberCas);
    this.requiredNamePrefix = requiredNamePrefix == null ? "" : requiredNamePrefix;
  }

  /**
   * @return the MSP id of the agency whose TLS CA issued the certificate, or {@code null} (not
   *     authenticated: the chain answers 401) for any other certificate. Spring Security calls
   *     this outside its authentication error handling, so it must not throw.
   */
  @Override
  public Object extractPrincipal(X509Certificate certificate) {
    for (Map.Entry<String, X509Certificate> ca : memberCas.entrySet()) {
      if (issuedBy(certificate, ca.getValue())) {
        String commonName = commonName(certificate);
        if (!isNodeName(commonName)) {
          log.warn("exchange refused: {} certificate {} is not an agency node's", ca.getKey(), commonName);
          return null;
        }
        return ca.getKey();
      }
    }
    log.warn("exchange refused: certificate {} not issued by a member's node TLS CA",
        certificate.getSubjectX500Principal());
    return null;
  }

  private static boolean issuedBy(X509Certificate certificate, X509Certificate ca) {
    if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
      return false;
    }
    try {
      certificate.verify(ca.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** Peers and users hold TLS certificates from the same CA; only the agency's node may fetch. */
  private boolean isNodeName(String commonName) {
    return requiredNamePrefix.isBlank()
        || (commonName != null && commonName.startsWith(requiredNamePrefix));
  }

  static String commonName(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
      return null;
    } catch (InvalidNameException e) {
      return null;
    }
  }
}
