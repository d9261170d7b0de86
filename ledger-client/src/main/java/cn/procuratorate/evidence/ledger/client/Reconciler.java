package cn.procuratorate.evidence.ledger.client;

import java.time.Duration;
import java.util.Optional;

/**
 * Finds out what happened to a transaction whose submit or commit status was lost, instead of
 * resubmitting it, which could apply it twice.
 *
 * <p>The block store answers at once for anything already committed. Only when it does not know
 * the id does the reconciler wait, because the transaction may still be on its way through the
 * ordering service; if it is still unknown after that, it is treated as lost.
 */
final class Reconciler {
    private final CommitLookup lookup;
    private final Duration wait;

    Reconciler(CommitLookup lookup, Duration wait) {
        this.lookup = lookup;
        this.wait = wait;
    }

    TransactionOutcome reconcile(String transactionId) {
        if (transactionId == null || transactionId.isBlank()) {
            throw new IllegalArgumentException("a transaction id is required");
        }
        Optional<CommitLookup.CommitRecord> record = lookup.findCommitted(transactionId);
        if (record.isEmpty()) {
            record = lookup.awaitCommit(transactionId, wait);
        }
        return record
                .map(found -> TransactionOutcome.found(transactionId, found.blockNumber(), found.validationCode()))
                .orElseGet(() -> TransactionOutcome.unknown(transactionId));
    }
}
