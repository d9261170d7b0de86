package cn.procuratorate.evidence.node.evidence;

/** Whether the RECEIVED record of a fetched copy is on the ledger yet. */
public enum ReceiptStatus {
  PENDING,
  RECORDED,
  /** The ledger refused the receipt (e.g. the grant was revoked meanwhile). */
  REFUSED
}
