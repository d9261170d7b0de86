package cn.procuratorate.evidence.ledger.model;

/**
 * Why the chaincode refused a transaction. The chaincode puts the code in the error payload and
 * at the start of the error message ({@code "CONFLICT: evidence E1 is registered with other
 * hashes"}), so that a client that only sees the gateway's error text can still recover it.
 */
public enum ErrorCode {
    /** Malformed input: bad id, bad hex, wrong length, negative size, unparsable JSON. */
    INVALID_ARGUMENT,
    /** An MSP id named in the request (or the caller's) is not a registered agency. */
    UNKNOWN_AGENCY,
    /** The evidence, lead, supervision or agency does not exist. */
    NOT_FOUND,
    /** The caller's agency or role may not do this (not the owner, no grant, not the receiver, …). */
    FORBIDDEN,
    /** The id exists already with different content. */
    CONFLICT,
    /** A decision (accept/reject a lead) was already taken. */
    ALREADY_DECIDED,
    /** The record's state machine does not allow this step now. */
    INVALID_TRANSITION,
    /** A stored record could not be read (unknown schema version, corrupt bytes). */
    INTERNAL
}
