package cn.procuratorate.evidence.ledger.model;

/** The steps of an evidence item's chain of custody. */
public enum CustodyEventType {
    REGISTERED,
    SHARED,
    REVOKED,
    /** A granted agency fetched the bytes and checked them against the ledger. */
    RECEIVED,
    /** An agency holding the item re-hashed its copy against the ledger. */
    VERIFIED,
    ACCESSED
}
