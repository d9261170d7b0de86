package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.InvalidProfileException;
import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

/** Builds the gRPC channel and the Fabric Gateway for one agency identity, all from its profile. */
final class FabricGateways {
    /**
     * Lets a long-idle event stream notice a vanished peer. Fabric peers refuse client pings more
     * often than once a minute (peer.keepalive.minInterval), so stay well above that.
     */
    private static final Duration KEEPALIVE = Duration.ofMinutes(2);

    private FabricGateways() {}

    static ManagedChannel channel(ConnectionProfile.Peer peer) {
        ChannelCredentials tls;
        try {
            tls = TlsChannelCredentials.newBuilder().trustManager(peer.tlsCaCertPath().toFile()).build();
        } catch (IOException e) {
            throw new InvalidProfileException("Cannot read peer TLS CA " + peer.tlsCaCertPath() + ": " + e.getMessage(), e);
        }
        return Grpc.newChannelBuilder(peer.endpoint(), tls)
                // The peer's certificate names its host (peer0.police.evidence.local), not 127.0.0.1.
                .overrideAuthority(peer.hostOverride())
                .keepAliveTime(KEEPALIVE.toSeconds(), TimeUnit.SECONDS)
                .build();
    }

    static Gateway connect(ManagedChannel channel, String mspId, ConnectionProfile.Identity identity,
            Deadlines deadlines) {
        return Gateway.newInstance()
                .identity(identity(mspId, identity.certPath()))
                .signer(signer(identity.keyPath()))
                .connection(channel)
                .evaluateOptions(deadline(deadlines.evaluate()))
                .endorseOptions(deadline(deadlines.endorse()))
                .submitOptions(deadline(deadlines.submit()))
                .commitStatusOptions(deadline(deadlines.commitStatus()))
                // Event streams are meant to stay open: no deadline.
                .connect();
    }

    /** Applied per call, so the deadline counts from when the stage starts. */
    static UnaryOperator<CallOptions> deadline(Duration duration) {
        return options -> options.withDeadlineAfter(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Identity identity(String mspId, Path certPath) {
        try (Reader reader = Files.newBufferedReader(certPath)) {
            X509Certificate certificate = Identities.readX509Certificate(reader);
            return new X509Identity(mspId, certificate);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // The PEM parser answers an empty or foreign file with runtime exceptions too.
            throw new InvalidProfileException("Cannot read X.509 certificate " + certPath + ": " + e.getMessage(), e);
        }
    }

    private static Signer signer(Path keyPath) {
        try (Reader reader = Files.newBufferedReader(keyPath)) {
            PrivateKey key = Identities.readPrivateKey(reader);
            return Signers.newPrivateKeySigner(key);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new InvalidProfileException("Cannot read private key " + keyPath + ": " + e.getMessage(), e);
        }
    }
}
