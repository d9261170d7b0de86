package cn.procuratorate.evidence.ledger.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the ledger says about a transaction id after its submit or commit status was lost.
 *
 * <p>{@link #mayResubmit()} is the only thing a retrying caller should look at: it is true when
 * the transaction is not on the ledger, or is there but invalid for a reason a fresh attempt may
 * not meet again. A resubmission is a new transaction with a new id, so the chaincode functions
 * the callers retry are written to be idempotent (registering the same evidence twice is a no-op).
 */
public final class TransactionOutcome {

    public enum Status {
        /** In a block and valid: its writes are on the ledger. */
        COMMITTED,
        /** In a block but invalid: it changed nothing. */
        INVALIDATED,
        /** Not on the ledger after waiting {@link Deadlines#reconcileWait()}. */
        UNKNOWN
    }

    private final String transactionId;
    private final Status status;
    private final long blockNumber;
    private final String validationCode;

    private TransactionOutcome(String transactionId, Status status, long blockNumber, String validationCode) {
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.status = status;
        this.blockNumber = blockNumber;
        this.validationCode = validationCode;
    }

    static TransactionOutcome found(String transactionId, long blockNumber, String validationCode) {
        Status status = ValidationCodes.VALID.equals(validationCode) ? Status.COMMITTED : Status.INVALIDATED;
        return new TransactionOutcome(transactionId, status, blockNumber, validationCode);
    }

    static TransactionOutcome unknown(String transactionId) {
        return new TransactionOutcome(transactionId, Status.UNKNOWN, -1, null);
    }

    public String transactionId() {
        return transactionId;
    }

    public Status status() {
        return status;
    }

    public boolean isCommitted() {
        return status == Status.COMMITTED;
    }

    /** True when submitting the same request again (as a new transaction) is safe and useful. */
    public boolean mayResubmit() {
        return switch (status) {
            case COMMITTED -> false;
            case INVALIDATED -> ValidationCodes.isRetryable(validationCode);
            case UNKNOWN -> true;
        };
    }

    /** The block holding the transaction, unless it is unknown. */
    public OptionalLong blockNumber() {
        return status == Status.UNKNOWN ? OptionalLong.empty() : OptionalLong.of(blockNumber);
    }

    /** Fabric's validation code name ({@code VALID}, {@code MVCC_READ_CONFLICT}, …), unless unknown. */
    public Optional<String> validationCode() {
        return Optional.ofNullable(validationCode);
    }

    @Override
    public String toString() {
        return switch (status) {
            case UNKNOWN -> "tx " + transactionId + " UNKNOWN";
            default -> "tx " + transactionId + " " + status + " (" + validationCode + ") in block " + blockNumber;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransactionOutcome that && transactionId.equals(that.transactionId)
                && status == that.status && blockNumber == that.blockNumber
                && Objects.equals(validationCode, that.validationCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionId, status, blockNumber, validationCode);
    }
}
