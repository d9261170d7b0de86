package cn.procuratorate.evidence.node.problem;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.store.EvidenceIntegrityException;
import cn.procuratorate.evidence.store.EvidenceStoreException;
import org.springframework.http.HttpStatus;

/**
 * How the libraries' failures read as problems: the evidence store's {@code Reason}s and the
 * ledger's refusal codes each map to one problem kind and status.
 */
public final class LibraryFailures {

  private LibraryFailures() {}

  public static EvidenceProblem of(EvidenceStoreException failure) {
    EvidenceProblem problem =
        switch (failure.reason()) {
          case EMPTY_CONTENT -> problem(ProblemKind.EMPTY_CONTENT, failure.getMessage(), failure);
          case CONTENT_TOO_LARGE ->
              problem(ProblemKind.CONTENT_TOO_LARGE, failure.getMessage(), failure);
          case MEDIA_TYPE_NOT_ALLOWED ->
              problem(ProblemKind.MEDIA_TYPE_NOT_ALLOWED, failure.getMessage(), failure);
          case MALFORMED_EVIDENCE_ID ->
              problem(ProblemKind.INVALID_EVIDENCE_ID, failure.getMessage(), failure);
          case CONTENT_UNREADABLE ->
              problem(ProblemKind.MALFORMED_REQUEST, failure.getMessage(), failure);
          case UPLOADS_AT_CAPACITY ->
              problem(ProblemKind.UPLOADS_AT_CAPACITY, failure.getMessage(), failure);
          case CONTENT_MISMATCH -> integrity(failure);
          case VERSION_NOT_FOUND ->
              problem(ProblemKind.INTEGRITY_FAILURE,
                  "the stored version of this evidence is missing from the bucket", failure);
          case STORAGE_FAILURE ->
              problem(ProblemKind.STORAGE_UNAVAILABLE, "the evidence bucket failed; retry later", failure);
          // Object keys, versions, digests and duplicate ids come from the node, not the client.
          case MALFORMED_OBJECT_KEY, MALFORMED_VERSION_ID, MALFORMED_DIGEST, DUPLICATE_EVIDENCE_ID ->
              problem(ProblemKind.INTERNAL, "the node's evidence record is inconsistent", failure);
        };
    return problem.with("storeReason", failure.reason().name());
  }

  private static EvidenceProblem problem(ProblemKind kind, String detail, Exception cause) {
    return new EvidenceProblem(kind, detail, cause);
  }

  private static EvidenceProblem integrity(EvidenceStoreException failure) {
    EvidenceProblem problem =
        problem(
            ProblemKind.INTEGRITY_FAILURE,
            "the stored bytes no longer match the hashes anchored on the ledger; they are not served",
            failure);
    if (failure instanceof EvidenceIntegrityException mismatch && mismatch.actual() != null) {
      problem.with("foundSha256", mismatch.actual().sha256()).with("foundSm3", mismatch.actual().sm3());
    }
    return problem;
  }

  public static EvidenceProblem of(LedgerRefusal refusal) {
    HttpStatus status = statusOf(refusal.code());
    ProblemKind kind =
        switch (refusal.code()) {
          case UNKNOWN_AGENCY -> ProblemKind.UNKNOWN_AGENCY;
          default -> ProblemKind.LEDGER_REFUSED;
        };
    return new EvidenceProblem(kind, status, "the ledger refused: " + refusal.getMessage(), refusal)
        .with("ledgerCode", refusal.code().name());
  }

  public static EvidenceProblem of(LedgerUnavailableException failure) {
    return new EvidenceProblem(
            ProblemKind.LEDGER_UNAVAILABLE,
            "the ledger did not answer in time; retry later",
            failure)
        .with("transactionId", failure.transactionId());
  }

  static HttpStatus statusOf(ErrorCode code) {
    return switch (code) {
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT, ALREADY_DECIDED, INVALID_TRANSITION -> HttpStatus.CONFLICT;
      case INVALID_ARGUMENT -> HttpStatus.BAD_REQUEST;
      case UNKNOWN_AGENCY -> HttpStatus.UNPROCESSABLE_ENTITY;
      case INTERNAL -> HttpStatus.BAD_GATEWAY;
    };
  }
}
