package cn.procuratorate.evidence.node.verification;

/** The outcome of checking stored bytes against the ledger. */
public enum Verdict {
  /** SHA-256, SM3 and size equal the ledger's registration. */
  INTACT,
  /** The stored bytes differ from what was anchored. */
  ALTERED,
  /** The stored version is gone from the bucket. */
  MISSING
}
