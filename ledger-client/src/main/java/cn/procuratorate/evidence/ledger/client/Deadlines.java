package cn.procuratorate.evidence.ledger.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each stage of a transaction may take before the client gives up on it.
 *
 * <p>They are separate because the stages fail differently: an endorse or evaluate that times
 * out changed nothing, while a submit or commit-status timeout leaves the outcome open and is
 * followed by {@link LedgerConnection#reconcile(String)}, which waits up to
 * {@link #reconcileWait()} for the ledger to tell.
 *
 * @param evaluate     a query on one peer
 * @param endorse      collecting endorsements (runs the chaincode on a majority of peers)
 * @param submit       handing the endorsed transaction to the ordering service
 * @param commitStatus waiting for the transaction to be committed in a block on our peer
 * @param reconcileWait how long {@code reconcile} waits for a transaction still in flight
 */
public record Deadlines(Duration evaluate, Duration endorse, Duration submit, Duration commitStatus,
        Duration reconcileWait) {

    public Deadlines {
        requirePositive(evaluate, "evaluate");
        requirePositive(endorse, "endorse");
        requirePositive(submit, "submit");
        requirePositive(commitStatus, "commitStatus");
        requirePositive(reconcileWait, "reconcileWait");
    }

    /**
     * Generous against a Raft orderer that cuts a block every two seconds: a healthy commit takes
     * a few seconds, so hitting these means something is wrong, not merely slow.
     */
    public static Deadlines defaults() {
        return new Deadlines(Duration.ofSeconds(5), Duration.ofSeconds(15), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    public Deadlines withEvaluate(Duration value) {
        return new Deadlines(value, endorse, submit, commitStatus, reconcileWait);
    }

    public Deadlines withEndorse(Duration value) {
        return new Deadlines(evaluate, value, submit, commitStatus, reconcileWait);
    }

    public Deadlines withSubmit(Duration value) {
        return new Deadlines(evaluate, endorse, value, commitStatus, reconcileWait);
    }

    public Deadlines withCommitStatus(Duration value) {
        return new Deadlines(evaluate, endorse, submit, value, reconcileWait);
    }

    public Deadlines withReconcileWait(Duration value) {
        return new Deadlines(evaluate, endorse, submit, commitStatus, value);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " deadline must be positive, was " + value);
        }
    }
}
