package cn.procuratorate.evidence.ledger.client;

/**
 * The transaction was accepted by the ordering service, but its commit status could not be
 * obtained in time. It may well commit (or have committed): reconcile, never resubmit blindly.
 */
public final class LedgerCommitStatusException extends LedgerException {
    private static final long serialVersionUID = 1L;

    LedgerCommitStatusException(String message, String transactionId, GrpcCode grpcCode, Throwable cause) {
        super(message, transactionId, null, grpcCode, cause);
    }

    @Override
    public boolean outcomeUncertain() {
        return true;
    }
}
