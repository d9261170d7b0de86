package cn.procuratorate.evidence.ledger.client;

/**
 * The transaction is in a block but was marked invalid there (for example
 * {@code ENDORSEMENT_POLICY_FAILURE} or {@code MVCC_READ_CONFLICT}), so it changed no state.
 * This outcome is final for this transaction id.
 */
public final class LedgerCommitException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final String validationCode;
    private final long blockNumber;

    LedgerCommitException(String message, String transactionId, String validationCode, long blockNumber) {
        super(message, transactionId, null, GrpcCode.OTHER, null);
        this.validationCode = validationCode;
        this.blockNumber = blockNumber;
    }

    /** Fabric's validation code name, e.g. {@code MVCC_READ_CONFLICT}. */
    public String validationCode() {
        return validationCode;
    }

    public long blockNumber() {
        return blockNumber;
    }

    /** True for conflicts with concurrent transactions, which a fresh attempt may not meet again. */
    public boolean isRetryable() {
        return ValidationCodes.isRetryable(validationCode);
    }

    @Override
    public boolean outcomeUncertain() {
        return false;
    }
}
