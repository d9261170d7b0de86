package cn.procuratorate.evidence.store;

import java.util.EnumSet;
import java.util.Set;

/**
 * Bad input (empty, too large, media type not allowed, malformed id, key, version or digest, an
 * id already stored, an upload stream that broke off), or no upload slot free in time
 * ({@code UPLOADS_AT_CAPACITY}: retry later). Nothing was stored: no object, no version, no
 * unfinished multipart upload.
 */
public final class EvidenceRefusedException extends EvidenceStoreException {

  private static final Set<Reason> REFUSALS =
      EnumSet.of(
          Reason.EMPTY_CONTENT,
          Reason.CONTENT_TOO_LARGE,
          Reason.MEDIA_TYPE_NOT_ALLOWED,
          Reason.MALFORMED_EVIDENCE_ID,
          Reason.MALFORMED_OBJECT_KEY,
          Reason.MALFORMED_VERSION_ID,
          Reason.MALFORMED_DIGEST,
          Reason.DUPLICATE_EVIDENCE_ID,
          Reason.CONTENT_UNREADABLE,
          Reason.UPLOADS_AT_CAPACITY);

  public EvidenceRefusedException(Reason reason, String message) {
    this(reason, message, null);
  }

  public EvidenceRefusedException(Reason reason, String message, Throwable cause) {
    super(requireRefusal(reason), message, cause);
  }

  private static Reason requireRefusal(Reason reason) {
    if (!REFUSALS.contains(reason)) {
      throw new IllegalArgumentException(reason + " is not a refusal");
    }
    return reason;
  }
}
