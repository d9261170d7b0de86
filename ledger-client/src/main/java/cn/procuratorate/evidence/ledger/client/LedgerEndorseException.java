package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.LedgerRefusal;

/**
 * Endorsement failed: the chaincode refused, or not enough peers answered in time. The client
 * never received an endorsed transaction, so nothing can have been ordered or committed.
 */
public final class LedgerEndorseException extends LedgerException {
    private static final long serialVersionUID = 1L;

    LedgerEndorseException(String message, String transactionId, LedgerRefusal refusal, GrpcCode grpcCode,
            Throwable cause) {
        super(message, transactionId, refusal, grpcCode, cause);
    }

    @Override
    public boolean outcomeUncertain() {
        return false;
    }
}
