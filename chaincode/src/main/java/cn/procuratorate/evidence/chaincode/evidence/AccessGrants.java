package cn.procuratorate.evidence.chaincode.evidence;

import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.Evidence;
import java.util.Optional;

/** The current grant per (item, agency): {@code grant/<evidenceId>/<granteeMsp>}. */
public final class AccessGrants {

    private final LedgerState state;

    public AccessGrants(LedgerState state) {
        this.state = state;
    }

    public Optional<AccessGrant> find(String evidenceId, String granteeMsp) {
        return state.read(key(evidenceId, granteeMsp), AccessGrant.class);
    }

    public boolean isGranted(String evidenceId, String mspId) {
        return find(evidenceId, mspId).filter(AccessGrant::holds).isPresent();
    }

    /** The owner always may; anyone else needs a grant that holds. */
    public boolean mayHold(Evidence evidence, String mspId) {
        return evidence.ownerMsp().equals(mspId) || isGranted(evidence.evidenceId(), mspId);
    }

    void save(AccessGrant grant) {
        state.write(key(grant.evidenceId(), grant.granteeMsp()), grant);
    }

    private String key(String evidenceId, String granteeMsp) {
        return state.key(Keys.GRANT, evidenceId, granteeMsp);
    }
}
