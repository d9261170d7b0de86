package cn.procuratorate.evidence.ledger.client;

/**
 * Handing the endorsed transaction to the ordering service failed. Whether the orderer got it
 * anyway depends on how it failed: an explicit refusal means no, a timeout or a broken
 * connection means perhaps.
 */
public final class LedgerSubmitException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final boolean outcomeUncertain;

    LedgerSubmitException(String message, String transactionId, GrpcCode grpcCode, boolean outcomeUncertain,
            Throwable cause) {
        super(message, transactionId, null, grpcCode, cause);
        this.outcomeUncertain = outcomeUncertain;
    }

    @Override
    public boolean outcomeUncertain() {
        return outcomeUncertain;
    }
}
