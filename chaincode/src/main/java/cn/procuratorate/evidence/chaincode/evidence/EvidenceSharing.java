package cn.procuratorate.evidence.chaincode.evidence;

import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.List;
import java.util.Optional;

/**
 * Granting and revoking, with their custody events. Used by the evidence contract and by hand-offs
 * (leads, supervision) that give the receiving agency access in the same transaction. Callers have
 * checked that the acting agency owns the item.
 */
public final class EvidenceSharing {

    private final LedgerState state;
    private final EvidenceRegistry registry;
    private final AccessGrants grants;
    private final CustodyLog custody;

    public EvidenceSharing(LedgerState state, CustodyLog custody) {
        this.state = state;
        this.registry = new EvidenceRegistry(state);
        this.grants = new AccessGrants(state);
        this.custody = custody;
    }

    /** The grant that holds after the call: the existing one, or a new one with its SHARED event. */
    public AccessGrant grant(Evidence evidence, String granteeMsp, String actorUser) {
        Optional<AccessGrant> existing = grants.find(evidence.evidenceId(), granteeMsp).filter(AccessGrant::holds);
        if (existing.isPresent()) {
            return existing.get();
        }
        AccessGrant grant = AccessGrant.granted(evidence.evidenceId(), granteeMsp, evidence.ownerMsp(), state.txTime());
        grants.save(grant);
        custody.append(event(evidence, CustodyEventType.SHARED, actorUser, granteeMsp));
        return grant;
    }

    /** Revokes a grant that holds, with its REVOKED event; an already revoked grant stays as it is. */
    public AccessGrant revoke(Evidence evidence, AccessGrant grant, String actorUser) {
        if (!grant.holds()) {
            return grant;
        }
        AccessGrant revoked = grant.revoked(state.txTime());
        grants.save(revoked);
        custody.append(event(evidence, CustodyEventType.REVOKED, actorUser, grant.granteeMsp()));
        return revoked;
    }

    /**
     * Gives {@code toMsp} access to the evidence a hand-off refers to. Each item must belong to the
     * handing agency (then it is granted, unless a grant holds already) or to the receiving one
     * (then nothing is needed).
     */
    public void shareReferenced(List<String> evidenceIds, String fromMsp, String toMsp, String actorUser) {
        for (String evidenceId : evidenceIds) {
            Evidence evidence = registry.require(evidenceId);
            if (evidence.ownerMsp().equals(fromMsp)) {
                grant(evidence, toMsp, actorUser);
            } else if (!evidence.ownerMsp().equals(toMsp)) {
                throw LedgerRefusal.forbidden("evidence " + evidenceId + " belongs to " + evidence.ownerMsp()
                        + "; only the handing or the receiving agency's evidence can be referred to");
            }
        }
    }

    private CustodyEvent event(Evidence evidence, CustodyEventType type, String actorUser, String granteeMsp) {
        return CustodyEvent.of(evidence.evidenceId(), type, evidence.ownerMsp(), actorUser, state.txId(), state.txTime())
                .withCounterpart(granteeMsp);
    }
}
