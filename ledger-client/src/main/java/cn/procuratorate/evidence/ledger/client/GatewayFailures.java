package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.client.LedgerException.GrpcCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import io.grpc.Status;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * Turns fabric-gateway's exceptions into this library's per-stage exceptions, recovering the
 * chaincode's {@code "CODE: message"} refusal from the gateway's error details.
 */
final class GatewayFailures {
    /**
     * How Fabric's gateway reports an error response from the chaincode (as opposed to an error
     * of the peer itself): {@code "chaincode response 500, FORBIDDEN: ..."}.
     */
    private static final Pattern CHAINCODE_RESPONSE = Pattern.compile("chaincode response \\d+, (.*)", Pattern.DOTALL);

    private GatewayFailures() {}

    static LedgerEvaluateException evaluate(String call, String transactionId, GatewayException e) {
        LedgerRefusal refusal = refusal(e).orElse(null);
        return new LedgerEvaluateException(message("evaluate", call, transactionId, e, refusal), transactionId,
                refusal, grpcCode(e.getStatus()), e);
    }

    static LedgerEndorseException endorse(String call, EndorseException e) {
        LedgerRefusal refusal = refusal(e).orElse(null);
        return new LedgerEndorseException(message("endorse", call, e.getTransactionId(), e, refusal),
                e.getTransactionId(), refusal, grpcCode(e.getStatus()), e);
    }

    static LedgerSubmitException submit(String call, SubmitException e) {
        return new LedgerSubmitException(message("submit", call, e.getTransactionId(), e, null),
                e.getTransactionId(), grpcCode(e.getStatus()), submitOutcomeUncertain(e.getStatus().getCode()), e);
    }

    static LedgerCommitStatusException commitStatus(String call, CommitStatusException e) {
        return new LedgerCommitStatusException(message("commit status of", call, e.getTransactionId(), e, null),
                e.getTransactionId(), grpcCode(e.getStatus()), e);
    }

    static LedgerCommitException commit(String call, org.hyperledger.fabric.client.Status status) {
        String code = status.getCode().name();
        return new LedgerCommitException("commit of " + call + " (tx " + status.getTransactionId()
                + ") failed: transaction is invalid in block " + status.getBlockNumber() + " with " + code,
                status.getTransactionId(), code, status.getBlockNumber());
    }

    /** The chaincode's coded refusal carried by an error, from its details first, then its text. */
    static Optional<LedgerRefusal> refusal(GatewayException e) {
        for (ErrorDetail detail : e.getDetails()) {
            Optional<LedgerRefusal> refusal = refusalIn(detail.getMessage());
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return refusalIn(e.getStatus().getDescription());
    }

    /** Only a code at the very start of a chaincode response counts: peers' own errors are not refusals. */
    static Optional<LedgerRefusal> refusalIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CHAINCODE_RESPONSE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String response = matcher.group(1);
        return LedgerRefusal.parse(response).filter(refusal -> response.startsWith(refusal.code().name() + ": "));
    }

    /**
     * A submit the ordering service explicitly refused never entered a block; one that timed out
     * or lost its connection may have.
     */
    private static boolean submitOutcomeUncertain(Status.Code code) {
        return switch (code) {
            case ABORTED, INVALID_ARGUMENT, FAILED_PRECONDITION, PERMISSION_DENIED, UNAUTHENTICATED -> false;
            default -> true;
        };
    }

    private static GrpcCode grpcCode(Status status) {
        return switch (status.getCode()) {
            case DEADLINE_EXCEEDED -> GrpcCode.TIMEOUT;
            case UNAVAILABLE -> GrpcCode.UNAVAILABLE;
            default -> GrpcCode.OTHER;
        };
    }

    private static String message(String stage, String call, String transactionId, GatewayException e,
            LedgerRefusal refusal) {
        String head = stage + " " + call + " (tx " + transactionId + ") failed: ";
        if (refusal != null) {
            return head + refusal.getMessage();
        }
        Status status = e.getStatus();
        String text = status.getCode() + (status.getDescription() == null ? "" : " " + status.getDescription());
        List<ErrorDetail> details = e.getDetails();
        if (details.isEmpty()) {
            return head + text;
        }
        return head + text + details.stream()
                .map(d -> d.getMspId() + "@" + d.getAddress() + ": " + d.getMessage())
                .collect(Collectors.joining("; ", " [", "]"));
    }
}
