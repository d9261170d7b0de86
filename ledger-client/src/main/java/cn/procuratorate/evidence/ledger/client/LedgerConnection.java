package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import io.grpc.ManagedChannel;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;

/**
 * An agency node's one connection to the ledger: a Fabric Gateway session with its own peer,
 * under one identity from its connection profile. Thread-safe; open it once per node and share it.
 *
 * <pre>{@code
 * try (LedgerConnection ledger = LedgerConnection.open(ProfileDirectory.locate().agency("police"))) {
 *     Committed<Evidence> anchored = ledger.evidence().register(registration);
 * }
 * }</pre>
 */
public final class LedgerConnection implements AutoCloseable {
    private final ConnectionProfile profile;
    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Network network;
    private final Qscc qscc;
    private final Reconciler reconciler;
    private final LedgerTransactions transactions;

    private LedgerConnection(ConnectionProfile profile, ConnectionProfile.Identity identity, Deadlines deadlines) {
        ConnectionProfile.Ledger ledger = profile.requireLedger();
        this.profile = profile;
        this.channel = FabricGateways.channel(ledger.peer());
        try {
            this.gateway = FabricGateways.connect(channel, profile.mspId(), identity, deadlines);
        } catch (RuntimeException e) {
            channel.shutdownNow();
            throw e;
        }
        this.network = gateway.getNetwork(ledger.channel());
        this.qscc = new Qscc(network);
        this.reconciler = new Reconciler(new GatewayCommitLookup(gateway, ledger.channel(), qscc),
                deadlines.reconcileWait());
        this.transactions = new LedgerTransactions(network, ledger.chaincode());
    }

    /**
     * Connects as the node's client identity with the default deadlines.
     *
     * @throws cn.procuratorate.evidence.ledger.profile.InvalidProfileException if the profile has no
     *         ledger section or its key or certificate cannot be read
     */
    public static LedgerConnection open(ConnectionProfile profile) {
        return open(profile, profile.requireLedger().client(), Deadlines.defaults());
    }

    /**
     * Connects as the given identity (e.g. {@code profile.requireAdmin()} to register the agency).
     * The gRPC channel connects lazily: an unreachable peer shows up at the first call, as that
     * call's stage exception.
     */
    public static LedgerConnection open(ConnectionProfile profile, ConnectionProfile.Identity identity,
            Deadlines deadlines) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(deadlines, "deadlines");
        return new LedgerConnection(profile, identity, deadlines);
    }

    public ConnectionProfile profile() {
        return profile;
    }

    /** The MSP id this connection acts for. */
    public String mspId() {
        return profile.mspId();
    }

    public EvidenceLedger evidence() {
        return new EvidenceLedger(transactions);
    }

    public AgencyDirectory agencies() {
        return new AgencyDirectory(transactions);
    }

    /** Lead transfer, one transaction per call; a refused step is an exception. */
    public LeadLedgerContract leads() {
        return new LeadLedgerContract(transactions);
    }

    /** Supervision, one transaction per call; a refused step is an exception. */
    public SupervisionLedgerContract supervisions() {
        return new SupervisionLedgerContract(transactions);
    }

    /**
     * Lead transfer for callers that retry (workflow tasks): a step the lead's history already
     * shows is answered with its earlier transaction, a lost commit status is reconciled.
     */
    public IdempotentLeadLedger idempotentLeads() {
        return new IdempotentLeadLedger(leads(), mspId(), idempotentTransition());
    }

    /** Supervision for callers that retry; see {@link #idempotentLeads()}. */
    public IdempotentSupervisionLedger idempotentSupervisions() {
        return new IdempotentSupervisionLedger(supervisions(), mspId(), idempotentTransition());
    }

    public ProbeLedger probe() {
        return new ProbeLedger(transactions);
    }

    /** Any contract function by name, for tests and for contracts without a typed class yet. */
    public LedgerTransactions transactions() {
        return transactions;
    }

    /**
     * What became of a transaction whose submit or commit status failed with
     * {@link LedgerException#outcomeUncertain()}: asks our peer's block store, and if it does not
     * know the id yet, waits up to {@link Deadlines#reconcileWait()} for it to commit.
     */
    public TransactionOutcome reconcile(String transactionId) {
        return reconciler.reconcile(transactionId);
    }

    /** Height and last block hash of the channel at our own peer. */
    public ChainInfo chainInfo() {
        return qscc.chainInfo(List.of());
    }

    /** Height and last block hash at a peer of another agency, asked through our gateway. */
    public ChainInfo chainInfo(String mspId) {
        return qscc.chainInfo(List.of(mspId));
    }

    private IdempotentTransition idempotentTransition() {
        return new IdempotentTransition(this::reconcile, IdempotentTransition.DEFAULT_SUBMISSIONS);
    }

    /** @see LedgerEventStream#builder(LedgerConnection, java.nio.file.Path, LedgerEventHandler) */
    EventSource eventSource() {
        return new GatewayEventSource(network, profile.requireLedger().chaincode());
    }

    @Override
    public void close() {
        gateway.close();
        channel.shutdown();
        try {
            if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "LedgerConnection[" + profile.mspId() + " via " + profile.requireLedger().peer().endpoint() + "]";
    }
}
