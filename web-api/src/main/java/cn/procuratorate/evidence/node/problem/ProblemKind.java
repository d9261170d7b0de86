package cn.procuratorate.evidence.node.problem;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * The catalogue of problems the node reports. The {@code type} URI is a URN so that it never
 * pretends to be a page one could open; clients switch on it (or on the {@code code} property,
 * which is the constant's name).
 */
public enum ProblemKind {
  MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "Malformed request"),
  INVALID_EVIDENCE_ID(HttpStatus.BAD_REQUEST, "Malformed evidence id"),
  INVALID_FIELD(HttpStatus.BAD_REQUEST, "Invalid field"),
  INVALID_FILE_NAME(HttpStatus.BAD_REQUEST, "File name refused"),
  EMPTY_CONTENT(HttpStatus.BAD_REQUEST, "Empty file"),
  CONTENT_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "File too large"),
  MEDIA_TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Media type not allowed"),
  UNKNOWN_AGENCY(HttpStatus.UNPROCESSABLE_ENTITY, "Unknown agency"),
  EVIDENCE_NOT_FOUND(HttpStatus.NOT_FOUND, "No such evidence"),
  NOT_HELD(HttpStatus.NOT_FOUND, "This node holds no copy"),
  NO_GRANT(HttpStatus.FORBIDDEN, "No access grant on the ledger"),
  NOT_OWNER(HttpStatus.FORBIDDEN, "Only the owner agency may do this"),
  NOT_ANCHORED(HttpStatus.CONFLICT, "Evidence not anchored yet"),
  OWN_EVIDENCE(HttpStatus.UNPROCESSABLE_ENTITY, "Evidence belongs to this agency"),
  INTEGRITY_FAILURE(HttpStatus.CONFLICT, "Stored bytes do not match the ledger"),
  LEDGER_REFUSED(HttpStatus.CONFLICT, "Refused by the ledger"),
  LEDGER_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Ledger unavailable"),
  STORAGE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Evidence storage unavailable"),
  UPLOADS_AT_CAPACITY(HttpStatus.SERVICE_UNAVAILABLE, "Too many uploads at once"),
  OWNER_NODE_UNREACHABLE(HttpStatus.BAD_GATEWAY, "Owner agency's node unreachable"),
  OWNER_NODE_REFUSED(HttpStatus.BAD_GATEWAY, "Owner agency's node refused"),
  TASK_NOT_AVAILABLE(HttpStatus.CONFLICT, "Task not available"),
  DECISION_REFUSED(HttpStatus.UNPROCESSABLE_ENTITY, "Decision refused"),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication required"),
  FORBIDDEN(HttpStatus.FORBIDDEN, "Not allowed"),
  NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
  INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

  private static final String TYPE_PREFIX = "urn:evidence-ledger:problem:";

  private final HttpStatus status;
  private final String title;

  ProblemKind(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** {@code urn:evidence-ledger:problem:content-too-large} for {@link #CONTENT_TOO_LARGE}. */
  public URI type() {
    return URI.create(TYPE_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
