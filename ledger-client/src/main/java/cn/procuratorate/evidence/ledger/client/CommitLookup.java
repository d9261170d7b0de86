package cn.procuratorate.evidence.ledger.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Asks the ledger where a transaction ended up. Both methods throw a {@link LedgerException}
 * when the peer cannot be asked at all, which is different from an empty answer: "the ledger
 * does not have it" allows a retry, "could not ask" does not.
 */
interface CommitLookup {

    /** Where a transaction sits in the block store, answered at once; empty if not there (yet). */
    Optional<CommitRecord> findCommitted(String transactionId);

    /** Waits up to {@code wait} for the transaction to commit; empty if it did not. */
    Optional<CommitRecord> awaitCommit(String transactionId, Duration wait);

    /** @param validationCode Fabric's name for the code, {@code VALID} when it took effect */
    record CommitRecord(long blockNumber, String validationCode) {}
}
