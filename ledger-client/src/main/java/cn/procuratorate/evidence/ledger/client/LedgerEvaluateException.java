package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.LedgerRefusal;

/** A query (evaluate) failed or was refused; nothing was written. */
public final class LedgerEvaluateException extends LedgerException {
    private static final long serialVersionUID = 1L;

    LedgerEvaluateException(String message, String transactionId, LedgerRefusal refusal, GrpcCode grpcCode,
            Throwable cause) {
        super(message, transactionId, refusal, grpcCode, cause);
    }

    @Override
    public boolean outcomeUncertain() {
        return false;
    }
}
