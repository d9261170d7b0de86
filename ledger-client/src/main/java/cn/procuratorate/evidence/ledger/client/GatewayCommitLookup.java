package cn.procuratorate.evidence.ledger.client;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import java.time.Duration;
import java.util.Optional;
import org.hyperledger.fabric.client.Commit;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * {@link CommitLookup} against our own peer: qscc for what is already in the block store, the
 * gateway's commit-status service (which blocks until the transaction commits) for waiting.
 */
final class GatewayCommitLookup implements CommitLookup {
    private final Gateway gateway;
    private final String channel;
    private final Qscc qscc;

    GatewayCommitLookup(Gateway gateway, String channel, Qscc qscc) {
        this.gateway = gateway;
        this.channel = channel;
        this.qscc = qscc;
    }

    @Override
    public Optional<CommitRecord> findCommitted(String transactionId) {
        Optional<String> code = qscc.validationCode(transactionId);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        // Found a moment ago, so the block lookup can only miss if the peer lost its ledger.
        long block = qscc.blockNumber(transactionId).orElseThrow(() -> new IllegalStateException(
                "transaction " + transactionId + " vanished from the block index between two queries"));
        return Optional.of(new CommitRecord(block, code.get()));
    }

    @Override
    public Optional<CommitRecord> awaitCommit(String transactionId, Duration wait) {
        Commit commit = gateway.newCommit(commitStatusRequest(transactionId).toByteArray());
        try {
            org.hyperledger.fabric.client.Status status = commit.getStatus(FabricGateways.deadline(wait));
            return Optional.of(new CommitRecord(status.getBlockNumber(), status.getCode().name()));
        } catch (CommitStatusException e) {
            if (e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED) {
                return Optional.empty();
            }
            throw GatewayFailures.commitStatus("reconcile", e);
        }
    }

    /** A commit-status request for a transaction this client no longer holds; the gateway signs it. */
    private SignedCommitStatusRequest commitStatusRequest(String transactionId) {
        SerializedIdentity creator = SerializedIdentity.newBuilder()
                .setMspid(gateway.getIdentity().getMspId())
                .setIdBytes(ByteString.copyFrom(gateway.getIdentity().getCredentials()))
                .build();
        CommitStatusRequest request = CommitStatusRequest.newBuilder()
                .setChannelId(channel)
                .setTransactionId(transactionId)
                .setIdentity(creator.toByteString())
                .build();
        return SignedCommitStatusRequest.newBuilder().setRequest(request.toByteString()).build();
    }
}
