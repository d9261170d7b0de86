package cn.procuratorate.evidence.chaincode.evidence;

import cn.procuratorate.evidence.chaincode.agency.AgencyDirectory;
import cn.procuratorate.evidence.chaincode.agency.Member;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.Context;

/**
 * The rules of one evidence transaction, for a caller whose agency is registered. Each changing
 * step appends custody events and ends with one chaincode event listing them; a step that changes
 * nothing (a repeated registration or grant) writes nothing and emits nothing.
 */
final class EvidenceCustody {

    static final int MAX_ACCESSES_PER_TRANSACTION = 500;

    private final LedgerState state;
    private final AgencyDirectory agencies;
    private final Member member;
    private final EvidenceRegistry registry;
    private final AccessGrants grants;
    private final CustodyLog custody;
    private final EvidenceSharing sharing;

    private EvidenceCustody(Context ctx) {
        this.state = new LedgerState(ctx.getStub());
        this.agencies = new AgencyDirectory(state);
        this.member = Member.authenticate(ctx, agencies);
        this.registry = new EvidenceRegistry(state);
        this.grants = new AccessGrants(state);
        this.custody = new CustodyLog(state);
        this.sharing = new EvidenceSharing(state, custody);
    }

    /** Identifies the caller and refuses it unless it is a client or admin of a registered agency. */
    static EvidenceCustody forCaller(Context ctx) {
        return new EvidenceCustody(ctx);
    }

    Evidence register(EvidenceRegistration request) {
        request.validated();
        Evidence existing = registry.find(request.evidenceId()).orElse(null);
        if (existing != null) {
            if (existing.hasSameContentAs(request, member.mspId())) {
                return existing;
            }
            throw new LedgerRefusal(ErrorCode.CONFLICT, "evidence " + request.evidenceId()
                    + " is registered already with other hashes or by another agency");
        }
        Evidence evidence = new Evidence(Evidence.SCHEMA_VERSION, request.evidenceId(), request.sha256(), request.sm3(),
                request.size(), request.mediaType(), request.caseRef(), member.mspId(), request.uploader(),
                request.metadataDigest(), state.txTime(), state.txId());
        registry.register(evidence);
        CustodyEvent registered = custody.append(event(evidence, CustodyEventType.REGISTERED, request.uploader()));
        state.emit(LedgerEvent.ofRegistration(evidence, registered));
        return evidence;
    }

    Evidence evidence(String evidenceId) {
        return registry.require(evidenceId);
    }

    List<Evidence> findBySha256(String hex) {
        return registry.findBySha256(hex);
    }

    List<Evidence> findBySm3(String hex) {
        return registry.findBySm3(hex);
    }

    AccessGrant grant(String evidenceId, String granteeMsp) {
        Evidence evidence = ownedByCaller(evidenceId, "grant access to");
        agencies.require("granteeMsp", granteeMsp);
        if (granteeMsp.equals(evidence.ownerMsp())) {
            throw LedgerRefusal.invalid("the owner " + granteeMsp + " needs no grant for its own evidence");
        }
        AccessGrant grant = sharing.grant(evidence, granteeMsp, null);
        emitIfChanged(LedgerEvents.ACCESS_GRANTED, List.of(evidence.ownerMsp(), granteeMsp));
        return grant;
    }

    AccessGrant revoke(String evidenceId, String granteeMsp) {
        Evidence evidence = ownedByCaller(evidenceId, "revoke access to");
        LedgerInput.requireMspId("granteeMsp", granteeMsp);
        AccessGrant grant = grants.find(evidenceId, granteeMsp).orElseThrow(() ->
                LedgerRefusal.notFound(granteeMsp + " was never granted access to " + evidenceId));
        AccessGrant revoked = sharing.revoke(evidence, grant, null);
        emitIfChanged(LedgerEvents.ACCESS_REVOKED, List.of(evidence.ownerMsp(), granteeMsp));
        return revoked;
    }

    boolean hasAccess(String evidenceId, String mspId) {
        Evidence evidence = registry.require(evidenceId);
        LedgerInput.requireMspId("mspId", mspId);
        return grants.mayHold(evidence, mspId);
    }

    CustodyEvent recordReceipt(String evidenceId, String sha256, String sm3, boolean verified, String detail,
            String receiverUser) {
        Evidence evidence = registry.require(evidenceId);
        LedgerInput.requireHex256("sha256", sha256);
        LedgerInput.requireHex256("sm3", sm3);
        LedgerInput.requireText("detail", detail, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("receiverUser", receiverUser);
        if (!grants.isGranted(evidenceId, member.mspId())) {
            throw LedgerRefusal.forbidden(member.mspId() + " holds no grant for " + evidenceId
                    + "; only a granted agency records a receipt");
        }
        boolean hashesMatch = evidence.sha256().equals(sha256) && evidence.sm3().equals(sm3);
        if (verified && !hashesMatch) {
            throw LedgerRefusal.invalid("a receipt with other hashes than the registered ones cannot be verified");
        }
        CustodyEvent received = custody.append(event(evidence, CustodyEventType.RECEIVED, receiverUser)
                .withCounterpart(evidence.ownerMsp()).withVerification(verified).withObservedHashes(sha256, sm3)
                .withDetail(detail));
        state.emit(LedgerEvent.ofCustody(LedgerEvents.EVIDENCE_RECEIVED, state.txId(), state.txTime(),
                List.of(member.mspId(), evidence.ownerMsp()), List.of(received)));
        return received;
    }

    CustodyEvent recordVerification(String evidenceId, boolean verified, String detail, String user) {
        Evidence evidence = heldByCaller(registry.require(evidenceId), "record a verification of");
        LedgerInput.requireText("detail", detail, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("user", user);
        CustodyEvent verification = custody.append(event(evidence, CustodyEventType.VERIFIED, user)
                .withCounterpart(otherThanCaller(evidence)).withVerification(verified).withDetail(detail));
        state.emit(LedgerEvent.ofCustody(LedgerEvents.EVIDENCE_VERIFIED, state.txId(), state.txTime(),
                List.of(member.mspId(), evidence.ownerMsp()), List.of(verification)));
        return verification;
    }

    /** Many reads in one transaction: either all are allowed and recorded, or none. */
    List<CustodyEvent> recordAccesses(List<AccessRecord> accesses) {
        if (accesses.isEmpty() || accesses.size() > MAX_ACCESSES_PER_TRANSACTION) {
            throw LedgerRefusal.invalid("accesses must list 1 to " + MAX_ACCESSES_PER_TRANSACTION + " reads, got "
                    + accesses.size());
        }
        Map<String, Evidence> items = new TreeMap<>();
        for (AccessRecord access : accesses) {
            access.validated();
            items.computeIfAbsent(access.evidenceId(),
                    id -> heldByCaller(registry.require(id), "record an access to"));
        }
        List<String> concerned = new ArrayList<>(List.of(member.mspId()));
        for (AccessRecord access : accesses) {
            Evidence evidence = items.get(access.evidenceId());
            custody.append(event(evidence, CustodyEventType.ACCESSED, access.user())
                    .withCounterpart(otherThanCaller(evidence)).withDetail(access.purpose()));
            concerned.add(evidence.ownerMsp());
        }
        state.emit(LedgerEvent.ofCustody(LedgerEvents.EVIDENCE_ACCESSED, state.txId(), state.txTime(), concerned,
                custody.appended()));
        return custody.appended();
    }

    List<CustodyEvent> timeline(String evidenceId) {
        registry.require(evidenceId);
        return custody.timeline(evidenceId);
    }

    private Evidence ownedByCaller(String evidenceId, String action) {
        Evidence evidence = registry.require(evidenceId);
        if (!evidence.ownerMsp().equals(member.mspId())) {
            throw LedgerRefusal.forbidden("only the owner " + evidence.ownerMsp() + " may " + action + " " + evidenceId);
        }
        return evidence;
    }

    private Evidence heldByCaller(Evidence evidence, String action) {
        if (!grants.mayHold(evidence, member.mspId())) {
            throw LedgerRefusal.forbidden(member.mspId() + " may not " + action + " " + evidence.evidenceId()
                    + ": it is neither the owner nor granted access");
        }
        return evidence;
    }

    /** The owner, when someone else acts on its item; nobody when the owner acts itself. */
    private String otherThanCaller(Evidence evidence) {
        return evidence.ownerMsp().equals(member.mspId()) ? null : evidence.ownerMsp();
    }

    private CustodyEvent event(Evidence evidence, CustodyEventType type, String actorUser) {
        return CustodyEvent.of(evidence.evidenceId(), type, member.mspId(), actorUser, state.txId(), state.txTime());
    }

    private void emitIfChanged(String eventName, List<String> concerned) {
        if (!custody.appended().isEmpty()) {
            state.emit(LedgerEvent.ofCustody(eventName, state.txId(), state.txTime(), concerned, custody.appended()));
        }
    }
}
