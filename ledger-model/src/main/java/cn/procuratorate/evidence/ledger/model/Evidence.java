package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;

/**
 * An evidence item anchored on the ledger: its two digests and what every member may see about
 * it. The title and description stay in the owner's database; {@code metadataDigest} (SHA-256 hex
 * of them, or empty) lets the owner prove later what they were.
 *
 * @param ownerMsp         the agency that registered it (the caller's MSP id, never a parameter)
 * @param uploader         the owner node's user id of whoever uploaded the file
 * @param caseRef          the owner's case reference, or empty
 * @param registeredAt     the registering transaction's timestamp
 */
public record Evidence(
        int schemaVersion,
        String evidenceId,
        String sha256,
        String sm3,
        long size,
        String mediaType,
        String caseRef,
        String ownerMsp,
        String uploader,
        String metadataDigest,
        Instant registeredAt,
        String registrationTxId) {

    public static final int SCHEMA_VERSION = 1;

    /** Registering the same id again is a no-op only for the same bytes and the same owner. */
    public boolean hasSameContentAs(EvidenceRegistration request, String requestingMsp) {
        return sha256.equals(request.sha256()) && sm3.equals(request.sm3()) && ownerMsp.equals(requestingMsp);
    }
}
