package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;

/**
 * One step in an evidence item's chain of custody. Append-only: each event is a key of its own,
 * written once, never updated.
 *
 * @param actorMsp       the agency that did it (always the calling agency)
 * @param actorUser      that agency's user, when the step has one
 * @param counterpartMsp the other agency involved: the grantee for SHARED/REVOKED, the owner for
 *                       RECEIVED and for VERIFIED/ACCESSED by a grantee; absent otherwise
 * @param verified       the check's result, for RECEIVED and VERIFIED only
 * @param observedSha256 for RECEIVED, the SHA-256 the receiver computed over the bytes it got
 * @param observedSm3    for RECEIVED, the SM3 the receiver computed
 * @param detail         a short, shareable remark (purpose of an access, reason of a failed check)
 */
public record CustodyEvent(
        int schemaVersion,
        String evidenceId,
        CustodyEventType type,
        String actorMsp,
        String actorUser,
        String counterpartMsp,
        Boolean verified,
        String observedSha256,
        String observedSm3,
        String detail,
        String txId,
        Instant at) {

    public static final int SCHEMA_VERSION = 1;

    /** An event with only the fields every type has; the {@code with…} methods add the rest. */
    public static CustodyEvent of(String evidenceId, CustodyEventType type, String actorMsp, String actorUser,
            String txId, Instant at) {
        return new CustodyEvent(SCHEMA_VERSION, evidenceId, type, actorMsp, actorUser, null, null, null, null,
                null, txId, at);
    }

    public CustodyEvent withCounterpart(String msp) {
        return new CustodyEvent(schemaVersion, evidenceId, type, actorMsp, actorUser, msp, verified,
                observedSha256, observedSm3, detail, txId, at);
    }

    public CustodyEvent withVerification(boolean result) {
        return new CustodyEvent(schemaVersion, evidenceId, type, actorMsp, actorUser, counterpartMsp, result,
                observedSha256, observedSm3, detail, txId, at);
    }

    public CustodyEvent withObservedHashes(String sha256, String sm3) {
        return new CustodyEvent(schemaVersion, evidenceId, type, actorMsp, actorUser, counterpartMsp, verified,
                sha256, sm3, detail, txId, at);
    }

    public CustodyEvent withDetail(String text) {
        return new CustodyEvent(schemaVersion, evidenceId, type, actorMsp, actorUser, counterpartMsp, verified,
                observedSha256, observedSm3, text, txId, at);
    }
}
