package cn.procuratorate.evidence.ledger.client;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one step of a ledger record's state machine so that trying again never takes it twice.
 *
 * <p>Why: a workflow engine retries a task whose outcome it did not see (a timeout after the
 * transaction went to the orderer). Submitting the step again blindly would, for a step the
 * chaincode allows once, fail the retry although the first attempt succeeded, and for a step it
 * allows repeatedly, take it twice. So each attempt goes:
 * <ol>
 *   <li>read the record; if its history shows this very step (same agency, same user, same
 *       decision), answer with that earlier transaction and submit nothing;</li>
 *   <li>submit once;</li>
 *   <li>outcome uncertain (submit or commit status lost): {@linkplain Reconciliation reconcile}
 *       the transaction id. Committed: that is the answer. Otherwise start again at 1 only if
 *       {@link TransactionOutcome#mayResubmit()}, else fail;</li>
 *   <li>committed invalid through a conflict with a concurrent transaction: start again at 1;</li>
 *   <li>refused by the chaincode: read once more, because a concurrent attempt of our own (an
 *       earlier retry still in flight) may have taken the step meanwhile; if not, the refusal
 *       stands.</li>
 * </ol>
 * Anything else is thrown. The caller's own retry starts again at 1, so it stays safe as well.
 */
public final class IdempotentTransition {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentTransition.class);

    /** The first submission, and two more only when the ledger's answers allow them. */
    public static final int DEFAULT_SUBMISSIONS = 3;

    /** What became of a transaction id: {@link LedgerConnection#reconcile(String)}. */
    @FunctionalInterface
    public interface Reconciliation {
        TransactionOutcome reconcile(String transactionId);
    }

    /** One step of one record, as the transition needs it. */
    public interface Step<R> {
        /** The record as the ledger holds it now; empty when it does not exist (yet). */
        Optional<R> read();

        /** The id of the transaction that already took this very step, when the record shows one. */
        Optional<String> takenIn(R record);

        /** Submits the step once. */
        Committed<R> submit();
    }

    private final Reconciliation reconciliation;
    private final int maxSubmissions;

    public IdempotentTransition(Reconciliation reconciliation, int maxSubmissions) {
        this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation");
        if (maxSubmissions < 1) {
            throw new IllegalArgumentException("at least one submission, got " + maxSubmissions);
        }
        this.maxSubmissions = maxSubmissions;
    }

    /** A step from its three parts. */
    public static <R> Step<R> step(Supplier<Optional<R>> read, Function<R, Optional<String>> takenIn,
            Supplier<Committed<R>> submit) {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(takenIn, "takenIn");
        Objects.requireNonNull(submit, "submit");
        return new Step<>() {
            @Override
            public Optional<R> read() {
                return read.get();
            }

            @Override
            public Optional<String> takenIn(R record) {
                return takenIn.apply(record);
            }

            @Override
            public Committed<R> submit() {
                return submit.get();
            }
        };
    }

    /**
     * The transaction that took the step: an earlier one the record names, or the one submitted
     * now. {@link Committed#value()} is the record as read or returned by the chaincode.
     *
     * @throws LedgerException the last failure when the step could not be taken (a refusal, an
     *         unreachable peer, an invalid commit that would recur, or no submissions left)
     */
    public <R> Committed<R> run(Step<R> step) {
        LedgerException last = null;
        for (int submission = 1; submission <= maxSubmissions; submission++) {
            Optional<Committed<R>> earlier = takenEarlier(step);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            try {
                return step.submit();
            } catch (LedgerException e) {
                Optional<Committed<R>> settled = settle(step, e);
                if (settled.isPresent()) {
                    return settled.get();
                }
                last = e;
            }
        }
        throw last;
    }

    /**
     * What a failed submission means: the step's transaction after all, or empty when a fresh
     * submission is safe; throws when it is not.
     */
    private <R> Optional<Committed<R>> settle(Step<R> step, LedgerException e) {
        if (e.isRefusedByChaincode()) {
            Committed<R> meanwhile = takenEarlier(step).orElseThrow(() -> e);
            LOG.info("Tx {} was refused ({}), but tx {} had taken the step meanwhile; answering with that one",
                    e.transactionId(), e.errorCode().orElseThrow(), meanwhile.transactionId());
            return Optional.of(meanwhile);
        }
        if (e.outcomeUncertain()) {
            TransactionOutcome outcome = reconciliation.reconcile(e.transactionId());
            LOG.info("Outcome of tx {} was lost ({}); reconciled: {}", e.transactionId(),
                    e.getClass().getSimpleName(), outcome);
            if (outcome.isCommitted()) {
                return Optional.of(committedNow(step, outcome));
            }
            if (!outcome.mayResubmit()) {
                throw invalidated(outcome);
            }
            return Optional.empty();
        }
        if (e instanceof LedgerCommitException commit && commit.isRetryable()) {
            LOG.info("Tx {} is invalid with {}; looking at the record again", e.transactionId(),
                    commit.validationCode());
            return Optional.empty();
        }
        throw e;
    }

    private <R> Optional<Committed<R>> takenEarlier(Step<R> step) {
        Optional<R> record = step.read();
        if (record.isEmpty()) {
            return Optional.empty();
        }
        return step.takenIn(record.get()).map(txId -> {
            // The record's history names the transaction; the block store says where it is.
            TransactionOutcome outcome = reconciliation.reconcile(txId);
            if (!outcome.isCommitted()) {
                throw new IllegalStateException("the record names transaction " + txId
                        + " as the one that took this step, but the ledger reports " + outcome);
            }
            return new Committed<>(record.get(), txId, outcome.blockNumber().getAsLong());
        });
    }

    private static <R> Committed<R> committedNow(Step<R> step, TransactionOutcome outcome) {
        R record = step.read().orElseThrow(() -> new IllegalStateException(
                "transaction " + outcome.transactionId() + " committed, but the record it wrote cannot be read"));
        return new Committed<>(record, outcome.transactionId(), outcome.blockNumber().getAsLong());
    }

    private static LedgerCommitException invalidated(TransactionOutcome outcome) {
        String code = outcome.validationCode().orElse("UNKNOWN");
        return new LedgerCommitException("transaction " + outcome.transactionId() + " is invalid in block "
                + outcome.blockNumber().orElse(-1) + " with " + code + "; submitting it again would fail the same way",
                outcome.transactionId(), code, outcome.blockNumber().orElse(-1));
    }
}
