package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.Optional;

/**
 * A ledger call that failed, with the stage it failed in (one subclass per stage), the
 * transaction id, and, when the chaincode itself refused, its {@link ErrorCode} and message.
 *
 * <p>What the caller may do next depends on the stage: {@link #outcomeUncertain()} says whether
 * the transaction may still commit, in which case the caller must
 * {@linkplain LedgerConnection#reconcile(String) reconcile} before it tries again.
 */
public abstract sealed class LedgerException extends RuntimeException
        permits LedgerEvaluateException, LedgerEndorseException, LedgerSubmitException,
                LedgerCommitStatusException, LedgerCommitException {
    private static final long serialVersionUID = 1L;

    private final String transactionId;
    private final transient LedgerRefusal refusal;
    private final GrpcCode grpcCode;

    /** The gRPC outcome of the failed call, as far as a caller needs to tell them apart. */
    enum GrpcCode { TIMEOUT, UNAVAILABLE, OTHER }

    LedgerException(String message, String transactionId, LedgerRefusal refusal, GrpcCode grpcCode,
            Throwable cause) {
        super(message, cause);
        this.transactionId = transactionId;
        this.refusal = refusal;
        this.grpcCode = grpcCode;
    }

    public String transactionId() {
        return transactionId;
    }

    /** The chaincode's refusal, when the chaincode itself said no. */
    public Optional<LedgerRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    public Optional<ErrorCode> errorCode() {
        return refusal().map(LedgerRefusal::code);
    }

    /** True when a rule of the ledger refused the request (retrying the same request is pointless). */
    public boolean isRefusedByChaincode() {
        return refusal != null;
    }

    /** The stage's deadline ran out. */
    public boolean isTimeout() {
        return grpcCode == GrpcCode.TIMEOUT;
    }

    /** The peer (or, for submit, the ordering service) could not be reached. */
    public boolean isUnavailable() {
        return grpcCode == GrpcCode.UNAVAILABLE;
    }

    /**
     * True when the transaction may have reached the orderer and could still commit: resubmitting
     * now could apply it twice, so reconcile by {@link #transactionId()} first.
     */
    public abstract boolean outcomeUncertain();
}
