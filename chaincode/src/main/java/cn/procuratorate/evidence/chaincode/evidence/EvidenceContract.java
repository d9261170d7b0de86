package cn.procuratorate.evidence.chaincode.evidence;

import static cn.procuratorate.evidence.chaincode.support.Refusals.translate;

import cn.procuratorate.evidence.chaincode.support.Requests;
import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerContracts;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Evidence items and their chain of custody. Every transaction is open only to client and admin
 * identities of registered agencies; results are canonical JSON. The rules live in
 * {@link EvidenceCustody}; this class maps the function names the ledger client calls.
 */
@Contract(name = LedgerContracts.EvidenceCustody.NAME,
        info = @Info(title = "Evidence custody", description = "Evidence anchoring, sharing and chain of custody",
                version = "1"))
public class EvidenceContract implements ContractInterface {

    /** Anchors an item owned by the caller's agency; the same item again returns the stored record. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerEvidence(Context ctx, String requestJson) {
        return translate(() -> {
            EvidenceCustody custody = EvidenceCustody.forCaller(ctx);
            EvidenceRegistration request = Requests.parse("requestJson", requestJson, EvidenceRegistration.class);
            return CanonicalJson.toJson(custody.register(request));
        });
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getEvidence(Context ctx, String evidenceId) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx).evidence(evidenceId)));
    }

    /** Every item registered with these SHA-256 bytes, as a JSON array in id order (maybe empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findBySha256(Context ctx, String sha256) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx).findBySha256(sha256)));
    }

    /** Every item registered with these SM3 bytes, as a JSON array in id order (maybe empty). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findBySm3(Context ctx, String sm3) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx).findBySm3(sm3)));
    }

    /** Owner only; returns the grant that holds afterwards (an existing one is left unchanged). */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String grantAccess(Context ctx, String evidenceId, String granteeMsp) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx).grant(evidenceId, granteeMsp)));
    }

    /** Owner only; returns the revoked grant. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String revokeAccess(Context ctx, String evidenceId, String granteeMsp) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx).revoke(evidenceId, granteeMsp)));
    }

    /** Whether {@code mspId} owns the item or holds a grant for it now. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public boolean hasAccess(Context ctx, String evidenceId, String mspId) {
        return translate(() -> EvidenceCustody.forCaller(ctx).hasAccess(evidenceId, mspId));
    }

    /** RECEIVED by a granted agency, with the hashes it computed; returns the custody event. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordReceipt(Context ctx, String evidenceId, String sha256, String sm3, boolean verified,
            String detail, String receiverUser) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx)
                .recordReceipt(evidenceId, sha256, sm3, verified, detail, receiverUser)));
    }

    /** VERIFIED by the owner or a granted agency; returns the custody event. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordVerification(Context ctx, String evidenceId, boolean verified, String detail, String user) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx)
                .recordVerification(evidenceId, verified, detail, user)));
    }

    /** ACCESSED events for a JSON array of {evidenceId, user, purpose}; returns them as a JSON array. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String recordAccesses(Context ctx, String accessesJson) {
        return translate(() -> {
            EvidenceCustody custody = EvidenceCustody.forCaller(ctx);
            return CanonicalJson.toJson(custody.recordAccesses(
                    Requests.parseList("accessesJson", accessesJson, AccessRecord.class)));
        });
    }

    /** The item's custody events as a JSON array, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String getCustodyTimeline(Context ctx, String evidenceId) {
        return translate(() -> CanonicalJson.toJson(EvidenceCustody.forCaller(ctx).timeline(evidenceId)));
    }
}
