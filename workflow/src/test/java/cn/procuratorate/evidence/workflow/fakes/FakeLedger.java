package cn.procuratorate.evidence.workflow.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records ledger transactions the way the real ledger behaves towards a retrying client: the
 * same transition for the same business key commits once, a repeat returns the first transaction
 * id. Failures can be injected before the commit (nothing written) or after it (written, but the
 * caller never hears back: the "unknown outcome" a retry must not turn into a second transaction).
 */
public abstract class FakeLedger {

    /** One committed transaction. */
    public record Tx(String txId, String operation, String businessKey, Map<String, Object> details) {
    }

    private final String txPrefix;
    private final List<Tx> committed = new ArrayList<>();
    private int attempts;
    private int failuresBeforeCommit;
    private int failuresAfterCommit;

    protected FakeLedger(String txPrefix) {
        this.txPrefix = txPrefix;
    }

    public synchronized void reset() {
        committed.clear();
        attempts = 0;
        failuresBeforeCommit = 0;
        failuresAfterCommit = 0;
    }

    public synchronized void failNextCallsBeforeCommit(int count) {
        failuresBeforeCommit = count;
    }

    public synchronized void failNextCallsAfterCommit(int count) {
        failuresAfterCommit = count;
    }

    public synchronized List<Tx> committed() {
        return List.copyOf(committed);
    }

    public synchronized List<Tx> committed(String operation) {
        return committed.stream().filter(tx -> tx.operation().equals(operation)).toList();
    }

    public synchronized Tx only(String operation) {
        List<Tx> matching = committed(operation);
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + operation + " on the ledger, found " + matching);
        }
        return matching.get(0);
    }

    public synchronized int attempts() {
        return attempts;
    }

    protected synchronized Tx commit(String operation, String businessKey, Map<String, Object> details) {
        attempts++;
        if (failuresBeforeCommit > 0) {
            failuresBeforeCommit--;
            throw new IllegalStateException("ledger unavailable: endorsement failed for " + operation);
        }
        Tx tx = committed.stream()
                .filter(earlier -> earlier.operation().equals(operation) && earlier.businessKey().equals(businessKey))
                .findFirst()
                .orElseGet(() -> {
                    Tx fresh = new Tx(txPrefix + (committed.size() + 1), operation, businessKey, Map.copyOf(details));
                    committed.add(fresh);
                    return fresh;
                });
        if (failuresAfterCommit > 0) {
            failuresAfterCommit--;
            throw new IllegalStateException("commit status of " + tx.txId() + " unknown: timed out");
        }
        return tx;
    }
}
