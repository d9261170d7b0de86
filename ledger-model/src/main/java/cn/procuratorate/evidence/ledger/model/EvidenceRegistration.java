package cn.procuratorate.evidence.ledger.model;

/**
 * The argument of {@code registerEvidence}, as JSON. The owner and the time are not in it: the
 * chaincode takes them from the caller's identity and the transaction.
 */
public record EvidenceRegistration(
        String evidenceId,
        String sha256,
        String sm3,
        long size,
        String mediaType,
        String caseRef,
        String uploader,
        String metadataDigest) {

    public EvidenceRegistration {
        // Optional fields may be omitted from the JSON; on the ledger they are empty strings.
        caseRef = caseRef == null ? "" : caseRef;
        metadataDigest = metadataDigest == null ? "" : metadataDigest;
    }

    /** Throws a {@link LedgerRefusal} for the first field that breaks the input rules. */
    public EvidenceRegistration validated() {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireHex256("sha256", sha256);
        LedgerInput.requireHex256("sm3", sm3);
        LedgerInput.requirePositive("size", size);
        LedgerInput.requireMediaType("mediaType", mediaType);
        LedgerInput.requireOptionalId("caseRef", caseRef);
        LedgerInput.requireId("uploader", uploader);
        LedgerInput.requireOptionalHex256("metadataDigest", metadataDigest);
        return this;
    }
}
