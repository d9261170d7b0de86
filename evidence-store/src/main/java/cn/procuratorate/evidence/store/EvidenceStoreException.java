package cn.procuratorate.evidence.store;

/**
 * Base of every error the evidence store reports. The {@link Reason} is the stable code the REST
 * layer maps to an RFC 9457 problem type; the message is for humans and logs.
 */
public abstract class EvidenceStoreException extends RuntimeException {

  /** Stable error codes; the subclass says which family a code belongs to. */
  public enum Reason {
    // EvidenceRefusedException: the request was refused and nothing was stored
    EMPTY_CONTENT,
    CONTENT_TOO_LARGE,
    MEDIA_TYPE_NOT_ALLOWED,
    MALFORMED_EVIDENCE_ID,
    MALFORMED_OBJECT_KEY,
    MALFORMED_VERSION_ID,
    MALFORMED_DIGEST,
    DUPLICATE_EVIDENCE_ID,
    CONTENT_UNREADABLE,
    UPLOADS_AT_CAPACITY,
    // EvidenceNotFoundException
    VERSION_NOT_FOUND,
    // EvidenceIntegrityException: stored bytes differ from the expected digests
    CONTENT_MISMATCH,
    // EvidenceStorageException: the object store failed or refused us
    STORAGE_FAILURE
  }

  private final Reason reason;

  protected EvidenceStoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
