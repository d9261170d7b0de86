package cn.procuratorate.evidence.store;

/** The object version does not exist in the bucket (never stored, or removed). */
public final class EvidenceNotFoundException extends EvidenceStoreException {

  private final String objectKey;
  private final String versionId;

  public EvidenceNotFoundException(String objectKey, String versionId) {
    super(
        Reason.VERSION_NOT_FOUND,
        "no object " + objectKey + " in version " + versionId,
        null);
    this.objectKey = objectKey;
    this.versionId = versionId;
  }

  public String objectKey() {
    return objectKey;
  }

  public String versionId() {
    return versionId;
  }
}
