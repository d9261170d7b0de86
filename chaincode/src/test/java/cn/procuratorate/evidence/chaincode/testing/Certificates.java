package cn.procuratorate.evidence.chaincode.testing;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Real X.509 identities as a peer hands them to the chaincode (a SerializedIdentity holding the
 * PEM certificate), so that the shim's own ClientIdentity parses them.
 */
public final class Certificates {

    private Certificates() {
    }

    public static byte[] serializedIdentity(Identity identity) {
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der(identity))
                + "\n-----END CERTIFICATE-----\n";
        return SerializedIdentity.newBuilder()
                .setMspid(identity.mspId())
                .setIdBytes(ByteString.copyFromUtf8(pem))
                .build()
                .toByteArray();
    }

    private static byte[] der(Identity identity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name(identity.subject());
            X500Name issuer = new X500Name("CN=ca." + identity.mspId().toLowerCase() + ".evidence.local,C=CN");
            Instant now = Instant.parse("2025-01-01T00:00:00Z");
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(7), Date.from(now),
                            Date.from(now.plus(3650, ChronoUnit.DAYS)), subject, keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }
}
