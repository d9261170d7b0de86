package cn.procuratorate.evidence.chaincode.supervision;

import cn.procuratorate.evidence.chaincode.agency.AgencyDirectory;
import cn.procuratorate.evidence.chaincode.agency.Member;
import cn.procuratorate.evidence.chaincode.evidence.CustodyLog;
import cn.procuratorate.evidence.chaincode.evidence.EvidenceSharing;
import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.ledger.model.ReplyPeriod;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import java.util.List;
import org.hyperledger.fabric.contract.Context;

/** The rules of one supervision transaction, for a caller whose agency is registered. */
final class SupervisionProceedings {

    private final LedgerState state;
    private final AgencyDirectory agencies;
    private final Member member;
    private final CustodyLog custody;
    private final EvidenceSharing sharing;

    private SupervisionProceedings(Context ctx) {
        this.state = new LedgerState(ctx.getStub());
        this.agencies = new AgencyDirectory(state);
        this.member = Member.authenticate(ctx, agencies);
        this.custody = new CustodyLog(state);
        this.sharing = new EvidenceSharing(state, custody);
    }

    static SupervisionProceedings forCaller(Context ctx) {
        return new SupervisionProceedings(ctx);
    }

    /** Procuratorates only; the deadline is the transaction time plus {@code replyWithin}. */
    Supervision issue(SupervisionIssue request) {
        member.requireKind(AgencyKind.PROCURATORATE);
        request.validated();
        agencies.require("targetMsp", request.targetMsp());
        if (request.targetMsp().equals(member.mspId())) {
            throw LedgerRefusal.invalid("a supervision goes to another agency, not to " + member.mspId() + " itself");
        }
        Supervision existing = state.read(key(request.supervisionId()), Supervision.class).orElse(null);
        if (existing != null) {
            if (existing.wasIssuedAs(request, member.mspId())) {
                return existing;
            }
            throw new LedgerRefusal(ErrorCode.CONFLICT, "supervision " + request.supervisionId()
                    + " exists already with other content");
        }
        sharing.shareReferenced(request.evidenceIds(), member.mspId(), request.targetMsp(), request.issuedBy());
        Supervision supervision = new Supervision(Supervision.SCHEMA_VERSION, request.supervisionId(), member.mspId(),
                request.targetMsp(), request.kind(), request.evidenceIds(), request.subjectDigest(),
                ReplyPeriod.parse(request.replyWithin()).dueAfter(state.txTime()), SupervisionStatus.ISSUED, false,
                null, null, List.of(change(SupervisionStatus.ISSUED, request.issuedBy(), "")));
        return save(supervision, LedgerEvents.SUPERVISION_ISSUED);
    }

    /** The target's answer, whose text stays off-chain behind {@code responseDigest}. */
    Supervision respond(String supervisionId, String responseDigest, String respondedBy) {
        LedgerInput.requireHex256("responseDigest", responseDigest);
        LedgerInput.requireId("respondedBy", respondedBy);
        Supervision supervision = asTarget(supervisionId);
        SupervisionStep.RESPOND.requireAllowedFor(supervision);
        String note = state.txTime().isAfter(supervision.replyDueAt()) ? "answered after the reply deadline" : "";
        return save(supervision.answered(responseDigest, change(SupervisionStatus.RESPONDED, respondedBy, note)),
                SupervisionStep.RESPOND.eventName());
    }

    /**
     * Either side's engine calls this when its deadline timer fires; the ledger decides by the
     * transaction time. Marking again is a no-op, so both engines may try.
     */
    Supervision markOverdue(String supervisionId) {
        Supervision supervision = supervision(supervisionId);
        if (!member.mspId().equals(supervision.issuerMsp()) && !member.mspId().equals(supervision.targetMsp())) {
            throw LedgerRefusal.forbidden("only " + supervision.issuerMsp() + " or " + supervision.targetMsp()
                    + " may mark supervision " + supervisionId + " overdue");
        }
        if (supervision.overdue()) {
            return supervision;
        }
        SupervisionStep.MARK_OVERDUE.requireAllowedFor(supervision);
        if (state.txTime().isBefore(supervision.replyDueAt())) {
            throw new LedgerRefusal(ErrorCode.INVALID_TRANSITION, "supervision " + supervisionId + " is due at "
                    + supervision.replyDueAt() + ", not overdue at " + state.txTime());
        }
        return step(supervision, SupervisionStep.MARK_OVERDUE, null, "reply deadline passed");
    }

    Supervision evaluate(String supervisionId, boolean satisfied, String reason, String evaluatedBy) {
        LedgerInput.requireText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("evaluatedBy", evaluatedBy);
        Supervision supervision = asIssuer(supervisionId);
        SupervisionStep.EVALUATE.requireAllowedFor(supervision);
        return save(supervision.evaluated(satisfied, change(SupervisionStatus.EVALUATED, evaluatedBy, reason)),
                SupervisionStep.EVALUATE.eventName());
    }

    Supervision close(String supervisionId, String reason, String closedBy) {
        LedgerInput.requireText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("closedBy", closedBy);
        return step(asIssuer(supervisionId), SupervisionStep.CLOSE, closedBy, reason);
    }

    /** After no answer or an unsatisfying one; a satisfying answer leaves nothing to escalate. */
    Supervision escalate(String supervisionId, String reason, String escalatedBy) {
        LedgerInput.requireNonBlankText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("escalatedBy", escalatedBy);
        Supervision supervision = asIssuer(supervisionId);
        if (supervision.status() == SupervisionStatus.EVALUATED && Boolean.TRUE.equals(supervision.satisfied())) {
            throw new LedgerRefusal(ErrorCode.INVALID_TRANSITION, "supervision " + supervisionId
                    + " was evaluated as satisfied; close it instead");
        }
        return step(supervision, SupervisionStep.ESCALATE, escalatedBy, reason);
    }

    Supervision supervision(String supervisionId) {
        LedgerInput.requireId("supervisionId", supervisionId);
        return state.read(key(supervisionId), Supervision.class)
                .orElseThrow(() -> LedgerRefusal.notFound("no supervision " + supervisionId));
    }

    private Supervision step(Supervision supervision, SupervisionStep step, String actorUser, String reason) {
        step.requireAllowedFor(supervision);
        return save(supervision.moveTo(step.leadsTo(), change(step.leadsTo(), actorUser, reason)), step.eventName());
    }

    private Supervision asIssuer(String supervisionId) {
        Supervision supervision = supervision(supervisionId);
        if (!supervision.issuerMsp().equals(member.mspId())) {
            throw LedgerRefusal.forbidden("only the issuer " + supervision.issuerMsp() + " may do this on supervision "
                    + supervisionId);
        }
        return supervision;
    }

    private Supervision asTarget(String supervisionId) {
        Supervision supervision = supervision(supervisionId);
        if (!supervision.targetMsp().equals(member.mspId())) {
            throw LedgerRefusal.forbidden("only the target " + supervision.targetMsp() + " may answer supervision "
                    + supervisionId);
        }
        return supervision;
    }

    private Supervision save(Supervision supervision, String eventName) {
        state.write(key(supervision.supervisionId()), supervision);
        state.emit(LedgerEvent.ofSupervision(eventName, state.txId(), state.txTime(), supervision, custody.appended()));
        return supervision;
    }

    private StatusChange change(SupervisionStatus status, String actorUser, String reason) {
        return new StatusChange(status.name(), member.mspId(), actorUser, reason, state.txId(), state.txTime());
    }

    private String key(String supervisionId) {
        return state.key(Keys.SUPERVISION, supervisionId);
    }
}
