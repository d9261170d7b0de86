package cn.procuratorate.evidence.node.evidence;

/** Where an uploaded item stands between the bucket and the ledger. */
public enum AnchorStatus {
  /** Bytes are being written; after a crash the node looks in the bucket for a finished write. */
  STORING,
  /** Stored, not yet on the ledger: the outbox retries until it is. */
  PENDING,
  /** Registered on the ledger (transaction id and block recorded). */
  ANCHORED,
  /** A ledger rule refused the registration: retrying cannot help; an administrator must look. */
  REFUSED
}
