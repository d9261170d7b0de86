package cn.procuratorate.evidence.node.problem;

import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.node.ledger.LedgerUnavailableException;
import cn.procuratorate.evidence.store.EvidenceIntegrityIOException;
import cn.procuratorate.evidence.store.EvidenceStoreException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import java.util.stream.Collectors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception a controller lets through into a problem detail. Spring MVC's own
 * exceptions (bad parameters, unknown routes, wrong methods) get the node's type URIs too.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ExceptionHandler(EvidenceProblem.class)
  ResponseEntity<ProblemDetail> evidenceProblem(EvidenceProblem failure) {
    if (failure.status().is5xxServerError()) {
      log.warn("{}: {}", failure.kind(), failure.getMessage(), failure.getCause());
    }
    HttpHeaders headers = new HttpHeaders();
    if (failure.status().value() == 503) {
      headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return ResponseEntity.status(failure.status()).headers(headers).body(Problems.of(failure));
  }

  @ExceptionHandler(EvidenceStoreException.class)
  ResponseEntity<ProblemDetail> storeFailure(EvidenceStoreException failure) {
    return evidenceProblem(LibraryFailures.of(failure));
  }

  @ExceptionHandler(LedgerRefusal.class)
  ResponseEntity<ProblemDetail> ledgerRefusal(LedgerRefusal refusal) {
    return evidenceProblem(LibraryFailures.of(refusal));
  }

  @ExceptionHandler(LedgerUnavailableException.class)
  ResponseEntity<ProblemDetail> ledgerUnavailable(LedgerUnavailableException failure) {
    return evidenceProblem(LibraryFailures.of(failure));
  }

  @ExceptionHandler(FileUploadException.class)
  ResponseEntity<ProblemDetail> malformedMultipart(FileUploadException failure) {
    return evidenceProblem(
        new EvidenceProblem(
            ProblemKind.MALFORMED_REQUEST, "malformed multipart body: " + failure.getMessage()));
  }

  /** Method security runs inside the dispatcher, so its refusals arrive here, not at the filter. */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException failure) {
    return evidenceProblem(
        new EvidenceProblem(ProblemKind.FORBIDDEN, "your role does not allow this request"));
  }

  /**
   * A stream that broke: verified content failed its second hash part-way (already reported on
   * the ledger), the client went away, or a multipart body ended early. Once the response is
   * committed all that is left is to log; before, the partial response is discarded whole.
   */
  @ExceptionHandler(IOException.class)
  ResponseEntity<ProblemDetail> streamBroken(IOException failure, HttpServletResponse response) {
    boolean integrity = failure instanceof EvidenceIntegrityIOException;
    if (integrity) {
      log.error("delivery cut off: {}", failure.getMessage());
    } else {
      log.info("stream broke: {}", failure.toString());
    }
    if (response.isCommitted()) {
      return null;
    }
    response.reset(); // drops the Content-Length and headers of the content that was not sent
    return evidenceProblem(integrity
        ? new EvidenceProblem(ProblemKind.INTEGRITY_FAILURE,
            "the stored bytes changed while being read; they were not delivered")
        : new EvidenceProblem(ProblemKind.MALFORMED_REQUEST, "the request stream broke off"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception failure) {
    log.error("unexpected failure", failure);
    // Internals (stack traces, class names, paths) stay in the log.
    return evidenceProblem(new EvidenceProblem(ProblemKind.INTERNAL, "the node failed; see its log"));
  }

  /** Names every invalid field, so that a client can fix all of them at once. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException failure, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    String fields = failure.getBindingResult().getFieldErrors().stream()
        .map(error -> error.getField() + " " + error.getDefaultMessage())
        .collect(Collectors.joining("; "));
    ProblemDetail problem = Problems.of(ProblemKind.INVALID_FIELD, "invalid request body: " + fields);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(failure, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      ProblemKind kind = ProblemStatuses.kindFor(status);
      problem.setType(kind.type());
      problem.setProperty("code", kind.name());
    }
    return response;
  }
}
