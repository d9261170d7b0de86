package cn.procuratorate.evidence.store;

/** The object store failed, was unreachable, or refused the node's credentials. */
public final class EvidenceStorageException extends EvidenceStoreException {

  public EvidenceStorageException(String message, Throwable cause) {
    super(Reason.STORAGE_FAILURE, message, cause);
  }
}
