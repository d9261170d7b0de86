package cn.procuratorate.evidence.chaincode.testing;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;

/**
 * A channel in memory: transactions run one after another against one world state, each with its
 * own id ({@code tx001}, {@code tx002}, …) and a timestamp one second after the previous one. The
 * {@link Context} is a Mockito mock around an {@link InMemoryStub} and a mocked client identity.
 *
 * <p>A submitted transaction commits only if it returns normally, as a failed endorsement never
 * reaches the ledger. An evaluated transaction never commits.
 */
public final class TestLedger {

    public static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private final NavigableMap<String, byte[]> worldState = new TreeMap<>();
    private Instant clock = START;
    private int transactions;
    private InMemoryStub lastTx;

    public <T> T submit(Identity caller, Function<Context, T> transaction) {
        InMemoryStub stub = nextTransaction();
        T result = transaction.apply(context(stub, caller));
        stub.commit();
        return result;
    }

    /** Runs a transaction the way a gateway evaluates it: nothing it writes is kept. */
    public <T> T evaluate(Identity caller, Function<Context, T> transaction) {
        return transaction.apply(context(nextTransaction(), caller));
    }

    /** The stub of the most recent transaction, committed or not: its writes and events. */
    public InMemoryStub lastTx() {
        return lastTx;
    }

    /** The most recent transaction's writes as UTF-8 text, in the order written. */
    public Map<String, String> lastWrites() {
        Map<String, String> text = new LinkedHashMap<>();
        lastTx.writes().forEach((key, value) -> text.put(key, new String(value, StandardCharsets.UTF_8)));
        return text;
    }

    public String lastTxId() {
        return lastTx.getTxId();
    }

    public Instant lastTxTime() {
        return lastTx.getTxTimestamp();
    }

    /** The id the next transaction will get. */
    public String nextTxId() {
        return txId(transactions + 1);
    }

    /** The timestamp the next transaction will get. */
    public Instant nextTxTime() {
        return clock.plusSeconds(1);
    }

    /** Lets time pass between transactions (deadlines). */
    public void advance(Duration duration) {
        clock = clock.plus(duration);
    }

    public NavigableMap<String, byte[]> worldState() {
        return worldState;
    }

    /** A composite key as the shim spells it, for asserting on exact keys. */
    public static String compositeKey(String objectType, String... attributes) {
        StringBuilder key = new StringBuilder("\u0000").append(objectType).append('\u0000');
        for (String attribute : attributes) {
            key.append(attribute).append('\u0000');
        }
        return key.toString();
    }

    private InMemoryStub nextTransaction() {
        transactions++;
        clock = clock.plusSeconds(1);
        lastTx = new InMemoryStub(worldState, txId(transactions), clock);
        return lastTx;
    }

    private static String txId(int number) {
        return String.format("tx%03d", number);
    }

    private static Context context(InMemoryStub stub, Identity caller) {
        X509Certificate certificate = mock(X509Certificate.class);
        when(certificate.getSubjectX500Principal()).thenReturn(new X500Principal(caller.subject()));
        ClientIdentity identity = mock(ClientIdentity.class);
        when(identity.getMSPID()).thenReturn(caller.mspId());
        when(identity.getX509Certificate()).thenReturn(certificate);
        Context ctx = mock(Context.class);
        when(ctx.getStub()).thenReturn(stub);
        when(ctx.getClientIdentity()).thenReturn(identity);
        return ctx;
    }
}
