package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.LedgerContracts.Probe;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import java.util.Optional;

/**
 * The bare baseline transaction (one key written, no rules): for network checks and for
 * benchmarks that compare the application's transactions with a plain Fabric one.
 */
public final class ProbeLedger {
    private final LedgerTransactions transactions;

    ProbeLedger(LedgerTransactions transactions) {
        this.transactions = transactions;
    }

    /** Writes the value; the chaincode returns nothing, so only the ledger position is reported. */
    public Committed<Void> write(String key, String value) {
        LedgerInput.requireId("key", key);
        Committed<byte[]> committed = transactions.submit(Probe.NAME, Probe.WRITE_PROBE, key, value);
        return new Committed<>(null, committed.transactionId(), committed.blockNumber());
    }

    /** The value last written under the key; empty if none was. */
    public Optional<String> read(String key) {
        LedgerInput.requireId("key", key);
        return transactions.evaluateOptional(String.class, Probe.NAME, Probe.READ_PROBE, key);
    }

    /** Reads the key at a peer of the given agency, to see that every peer has the write. */
    public Optional<String> readAt(String mspId, String key) {
        LedgerInput.requireId("key", key);
        byte[] bytes = transactions.evaluateAt(mspId, Probe.NAME, Probe.READ_PROBE, key);
        return bytes.length == 0 ? Optional.empty() : Optional.of(LedgerTransactions.text(bytes));
    }
}
