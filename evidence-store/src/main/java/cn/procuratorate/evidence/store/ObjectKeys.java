package cn.procuratorate.evidence.store;

import cn.procuratorate.evidence.store.EvidenceStoreException.Reason;
import java.util.regex.Pattern;

/**
 * Object keys come only from server-generated evidence ids, never from a user's file name: the
 * id alphabet has no '/', '.', or whitespace, so no key can climb out of {@value #PREFIX} or
 * collide with another item's key.
 */
final class ObjectKeys {

  static final String PREFIX = "evidence/";

  private static final Pattern EVIDENCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");
  private static final Pattern OBJECT_KEY =
      Pattern.compile(Pattern.quote(PREFIX) + EVIDENCE_ID.pattern());
  // MinIO uses UUIDs; AWS version ids are opaque URL-safe text that may contain '+', '/', '='.
  private static final Pattern VERSION_ID = Pattern.compile("[A-Za-z0-9._+/=-]{1,1024}");

  private ObjectKeys() {}

  static String forEvidenceId(String evidenceId) {
    if (evidenceId == null || !EVIDENCE_ID.matcher(evidenceId).matches()) {
      throw new EvidenceRefusedException(
          Reason.MALFORMED_EVIDENCE_ID,
          "evidence id must be 1-128 of [A-Za-z0-9_-], starting with a letter or digit");
    }
    return PREFIX + evidenceId;
  }

  static String requireObjectKey(String objectKey) {
    if (objectKey == null || !OBJECT_KEY.matcher(objectKey).matches()) {
      throw new EvidenceRefusedException(
          Reason.MALFORMED_OBJECT_KEY, "not an evidence object key: " + printable(objectKey));
    }
    return objectKey;
  }

  /** {@code null} is allowed: it names the only copy in a bucket without versioning. */
  static String requireVersionIdOrNull(String versionId) {
    if (versionId != null && !VERSION_ID.matcher(versionId).matches()) {
      throw new EvidenceRefusedException(
          Reason.MALFORMED_VERSION_ID, "not an object version id: " + printable(versionId));
    }
    return versionId;
  }

  /** Keeps hostile input out of log lines: bounded length, control characters escaped. */
  private static String printable(String text) {
    if (text == null) {
      return "null";
    }
    String shortened = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    StringBuilder out = new StringBuilder(shortened.length());
    shortened
        .codePoints()
        .forEach(
            c ->
                out.append(
                    Character.isISOControl(c)
                        ? String.format("\\u%04x", c)
                        : Character.toString(c)));
    return out.toString();
  }
}
