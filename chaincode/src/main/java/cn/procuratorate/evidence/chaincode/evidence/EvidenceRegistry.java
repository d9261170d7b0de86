package cn.procuratorate.evidence.chaincode.evidence;

import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.List;
import java.util.Optional;

/**
 * Evidence records ({@code evidence/<id>}) and two indexes from digest to id
 * ({@code evidence-by-sha256/<hex>/<id>}, {@code evidence-by-sm3/<hex>/<id>}), so that a file in
 * hand can be traced to every item registered with its bytes.
 */
public final class EvidenceRegistry {

    private final LedgerState state;

    public EvidenceRegistry(LedgerState state) {
        this.state = state;
    }

    public Optional<Evidence> find(String evidenceId) {
        return state.read(state.key(Keys.EVIDENCE, evidenceId), Evidence.class);
    }

    /** The item a request names; validates the id's form first. */
    public Evidence require(String evidenceId) {
        LedgerInput.requireId("evidenceId", evidenceId);
        return find(evidenceId).orElseThrow(() -> LedgerRefusal.notFound("no evidence " + evidenceId));
    }

    void register(Evidence evidence) {
        state.write(state.key(Keys.EVIDENCE, evidence.evidenceId()), evidence);
        state.writeIndex(state.key(Keys.EVIDENCE_BY_SHA256, evidence.sha256(), evidence.evidenceId()));
        state.writeIndex(state.key(Keys.EVIDENCE_BY_SM3, evidence.sm3(), evidence.evidenceId()));
    }

    List<Evidence> findBySha256(String hex) {
        return findByIndex(Keys.EVIDENCE_BY_SHA256, LedgerInput.requireHex256("sha256", hex));
    }

    List<Evidence> findBySm3(String hex) {
        return findByIndex(Keys.EVIDENCE_BY_SM3, LedgerInput.requireHex256("sm3", hex));
    }

    /** Items in id order; an index entry always has its record, both are written in one transaction. */
    private List<Evidence> findByIndex(String index, String hex) {
        return state.keyAttributes(index, hex).stream()
                .map(attributes -> attributes.get(1))
                .map(id -> find(id).orElseThrow(() ->
                        new LedgerRefusal(ErrorCode.INTERNAL, "index " + index + " names missing evidence " + id)))
                .toList();
    }
}
