package cn.procuratorate.evidence.ledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes connection profiles shaped like network/up's, pointing at real PEM files, into a temp dir. */
public final class ProfileFiles {
    private ProfileFiles() {}

    /** A complete, valid profile for {@code agency} whose peer is at {@code endpoint}. */
    public static Path writeAgency(Path dir, String agency, String mspId, String endpoint) {
        TestPki.Pem tlsCa = TestPki.write(dir, agency + "-tlsca");
        TestPki.Pem client = TestPki.write(dir, agency + "-client");
        TestPki.Pem admin = TestPki.write(dir, agency + "-admin");
        TestPki.Pem node = TestPki.write(dir, agency + "-node");
        String json = """
                {
                  "agency": "%s",
                  "displayName": "The %s",
                  "kind": "POLICE",
                  "mspId": "%s",
                  "channel": "evidence",
                  "chaincode": "evidence",
                  "peer": {
                    "endpoint": "%s",
                    "hostOverride": "peer0.%s.evidence.local",
                    "tlsCaCertPath": "%s",
                    "operationsUrl": "http://127.0.0.1:7203"
                  },
                  "client": { "name": "User1", "certPath": "%s", "keyPath": "%s" },
                  "admin": { "name": "Admin", "certPath": "%s", "keyPath": "%s" },
                  "s3": {
                    "endpoint": "http://127.0.0.1:9000",
                    "region": "us-east-1",
                    "bucket": "%s-evidence",
                    "accessKey": "%s-node",
                    "secretKey": "s3cr3t-value"
                  },
                  "node": {
                    "apiPort": 7208,
                    "exchangePort": 7209,
                    "tlsCertPath": "%s",
                    "tlsKeyPath": "%s",
                    "tlsCaCertPath": "%s"
                  }
                }
                """.formatted(agency, agency, mspId, endpoint, agency, tlsCa.cert(), client.cert(), client.key(),
                admin.cert(), admin.key(), agency, agency, node.cert(), node.key(), tlsCa.cert());
        return write(dir.resolve(agency + ".json"), json);
    }

    public static Path write(Path file, String json) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
