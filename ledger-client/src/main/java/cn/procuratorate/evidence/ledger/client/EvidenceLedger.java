package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.EvidenceCustody;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import java.util.List;
import java.util.Optional;

/**
 * Evidence custody on the ledger: anchoring, sharing, and the custody events that follow an item.
 *
 * <p>Input is checked against the shared {@link LedgerInput} rules before anything is sent, so
 * malformed input fails at once with a {@link cn.procuratorate.evidence.ledger.model.LedgerRefusal}
 * ({@code INVALID_ARGUMENT}); a refusal by the chaincode arrives as a {@link LedgerException} whose
 * {@link LedgerException#errorCode()} says why.
 */
public final class EvidenceLedger {
    private static final int MAX_ACCESSES_PER_BATCH = 1000;

    private final LedgerTransactions transactions;

    EvidenceLedger(LedgerTransactions transactions) {
        this.transactions = transactions;
    }

    /** Anchors an item. Registering the same id with the same hashes again returns the existing record. */
    public Committed<Evidence> register(EvidenceRegistration registration) {
        registration.validated();
        return transactions.submit(Evidence.class, EvidenceCustody.NAME, EvidenceCustody.REGISTER_EVIDENCE,
                CanonicalJson.toJson(registration));
    }

    public Optional<Evidence> get(String evidenceId) {
        LedgerInput.requireId("evidenceId", evidenceId);
        return transactions.evaluateOptional(Evidence.class, EvidenceCustody.NAME, EvidenceCustody.GET_EVIDENCE,
                evidenceId);
    }

    /** Every item registered with this SHA-256 (the same bytes may be registered under several ids). */
    public List<Evidence> findBySha256(String sha256) {
        LedgerInput.requireHex256("sha256", sha256);
        return transactions.evaluateList(Evidence.class, EvidenceCustody.NAME, EvidenceCustody.FIND_BY_SHA256, sha256);
    }

    public List<Evidence> findBySm3(String sm3) {
        LedgerInput.requireHex256("sm3", sm3);
        return transactions.evaluateList(Evidence.class, EvidenceCustody.NAME, EvidenceCustody.FIND_BY_SM3, sm3);
    }

    /** Lets another agency fetch and hold the item; only the owner may. */
    public Committed<AccessGrant> grant(String evidenceId, String granteeMsp) {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireMspId("granteeMsp", granteeMsp);
        return transactions.submit(AccessGrant.class, EvidenceCustody.NAME, EvidenceCustody.GRANT_ACCESS,
                evidenceId, granteeMsp);
    }

    public Committed<AccessGrant> revoke(String evidenceId, String granteeMsp) {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireMspId("granteeMsp", granteeMsp);
        return transactions.submit(AccessGrant.class, EvidenceCustody.NAME, EvidenceCustody.REVOKE_ACCESS,
                evidenceId, granteeMsp);
    }

    /** Whether the agency may hold the item now: it owns it or holds an unrevoked grant. */
    public boolean hasAccess(String evidenceId, String mspId) {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireMspId("mspId", mspId);
        byte[] answer = transactions.evaluate(EvidenceCustody.NAME, EvidenceCustody.HAS_ACCESS, evidenceId, mspId);
        return Boolean.parseBoolean(LedgerTransactions.text(answer).trim());
    }

    /**
     * Records that our agency received the item's bytes, with the hashes it computed and whether
     * they matched the ledger. Needs a grant.
     */
    public Committed<CustodyEvent> receipt(String evidenceId, String observedSha256, String observedSm3,
            boolean verified, String detail, String receiverUser) {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireHex256("sha256", observedSha256);
        LedgerInput.requireHex256("sm3", observedSm3);
        LedgerInput.requireText("detail", detail, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("receiverUser", receiverUser);
        return transactions.submit(CustodyEvent.class, EvidenceCustody.NAME, EvidenceCustody.RECORD_RECEIPT,
                evidenceId, observedSha256, observedSm3, Boolean.toString(verified), detail, receiverUser);
    }

    /** Records the result of re-hashing our copy against the ledger. */
    public Committed<CustodyEvent> verification(String evidenceId, boolean verified, String detail, String user) {
        LedgerInput.requireId("evidenceId", evidenceId);
        LedgerInput.requireText("detail", detail, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("user", user);
        return transactions.submit(CustodyEvent.class, EvidenceCustody.NAME, EvidenceCustody.RECORD_VERIFICATION,
                evidenceId, Boolean.toString(verified), detail, user);
    }

    /** Records a batch of reads by our users in one transaction. */
    public Committed<List<CustodyEvent>> accesses(List<AccessRecord> accesses) {
        if (accesses.isEmpty() || accesses.size() > MAX_ACCESSES_PER_BATCH) {
            throw new IllegalArgumentException("record between 1 and " + MAX_ACCESSES_PER_BATCH
                    + " accesses per batch, got " + accesses.size());
        }
        accesses.forEach(AccessRecord::validated);
        return transactions.submitForList(CustodyEvent.class, EvidenceCustody.NAME, EvidenceCustody.RECORD_ACCESSES,
                CanonicalJson.toJson(accesses));
    }

    /** The item's whole chain of custody, oldest first. */
    public List<CustodyEvent> timeline(String evidenceId) {
        LedgerInput.requireId("evidenceId", evidenceId);
        return transactions.evaluateList(CustodyEvent.class, EvidenceCustody.NAME,
                EvidenceCustody.GET_CUSTODY_TIMELINE, evidenceId);
    }
}
