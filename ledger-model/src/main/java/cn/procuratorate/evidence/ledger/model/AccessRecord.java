package cn.procuratorate.evidence.ledger.model;

/**
 * One read of an evidence item by a user of the calling agency, an element of the JSON array that
 * {@code recordAccesses} takes (nodes batch their reads into one transaction).
 */
public record AccessRecord(String evidenceId, String user, String purpose) {

    public static final int MAX_PURPOSE_LENGTH = 256;

    public AccessRecord {
        purpose = purpose == null ? "" : purpose;
    }

    public AccessRecord validated() {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireId("user", user);
        LedgerInput.requireText("purpose", purpose, MAX_PURPOSE_LENGTH);
        return this;
    }
}
