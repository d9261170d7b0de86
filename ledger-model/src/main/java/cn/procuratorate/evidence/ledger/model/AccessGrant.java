package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;

/**
 * The owner's permission for one other agency to fetch and hold an evidence item. One record per
 * (item, grantee): revoking stamps {@code revokedAt}; granting again starts a fresh record. The
 * custody timeline keeps every grant and revocation.
 *
 * @param grantedBy the owner agency's MSP id
 * @param revokedAt absent while the grant holds
 */
public record AccessGrant(
        int schemaVersion,
        String evidenceId,
        String granteeMsp,
        String grantedBy,
        Instant grantedAt,
        Instant revokedAt) {

    public static final int SCHEMA_VERSION = 1;

    public static AccessGrant granted(String evidenceId, String granteeMsp, String grantedBy, Instant at) {
        return new AccessGrant(SCHEMA_VERSION, evidenceId, granteeMsp, grantedBy, at, null);
    }

    public boolean holds() {
        return revokedAt == null;
    }

    public AccessGrant revoked(Instant at) {
        return new AccessGrant(schemaVersion, evidenceId, granteeMsp, grantedBy, grantedAt, at);
    }
}
