package cn.procuratorate.evidence.node.testsupport;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * TLS CAs and node certificates shaped like the consortium's (cryptogen): one CA per agency,
 * {@code CN=node.<agency>.evidence.local} for its node, {@code CN=peer0…} for its peer, plus a
 * CA outside the consortium.
 */
public final class TestCertificates {

  public record Issued(X509Certificate certificate, KeyPair keys) {}

  private static final Map<String, Issued> CAS = new LinkedHashMap<>();

  static {
    for (String agency : new String[] {"police", "procuratorate", "court", "rogue"}) {
      CAS.put(agency, selfSigned("tlsca." + agency + ".evidence.local", agency + ".evidence.local"));
    }
  }

  private TestCertificates() {}

  public static X509Certificate ca(String agency) {
    return CAS.get(agency).certificate();
  }

  /** The members' node TLS CAs by MSP id, as the node reads them from the profiles. */
  public static Map<String, X509Certificate> memberCas() {
    return Map.of("PoliceMSP", ca("police"), "ProcuratorateMSP", ca("procuratorate"), "CourtMSP", ca("court"));
  }

  public static X509Certificate node(String agency) {
    return issue(agency, "node." + agency + ".evidence.local");
  }

  public static X509Certificate peer(String agency) {
    return issue(agency, "peer0." + agency + ".evidence.local");
  }

  private static X509Certificate issue(String agency, String commonName) {
    Issued ca = CAS.get(agency);
    return sign(new X500Name("CN=" + commonName), ca.certificate(), ca.keys().getPrivate(), newKeys(), false);
  }

  private static Issued selfSigned(String commonName, String organisation) {
    KeyPair keys = newKeys();
    X500Name name = new X500Name("O=" + organisation + ",CN=" + commonName);
    return new Issued(sign(name, null, keys.getPrivate(), keys, true), keys);
  }

  private static X509Certificate sign(
      X500Name subject, X509Certificate issuer, PrivateKey signer, KeyPair subjectKeys, boolean ca) {
    try {
      Instant now = Instant.now();
      X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
      JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
          BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
          Date.from(now.plus(365, ChronoUnit.DAYS)), subject, subjectKeys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      return new JcaX509CertificateConverter().getCertificate(
          builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot make a test certificate", e);
    }
  }

  private static KeyPair newKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
