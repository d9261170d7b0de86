package cn.procuratorate.evidence.chaincode.lead;

import cn.procuratorate.evidence.chaincode.agency.AgencyDirectory;
import cn.procuratorate.evidence.chaincode.agency.Member;
import cn.procuratorate.evidence.chaincode.evidence.CustodyLog;
import cn.procuratorate.evidence.chaincode.evidence.EvidenceSharing;
import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.chaincode.support.LedgerState;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import java.util.List;
import org.hyperledger.fabric.contract.Context;

/** The rules of one lead transaction, for a caller whose agency is registered. */
final class LeadTransfer {

    private final LedgerState state;
    private final AgencyDirectory agencies;
    private final Member member;
    private final CustodyLog custody;
    private final EvidenceSharing sharing;

    private LeadTransfer(Context ctx) {
        this.state = new LedgerState(ctx.getStub());
        this.agencies = new AgencyDirectory(state);
        this.member = Member.authenticate(ctx, agencies);
        this.custody = new CustodyLog(state);
        this.sharing = new EvidenceSharing(state, custody);
    }

    static LeadTransfer forCaller(Context ctx) {
        return new LeadTransfer(ctx);
    }

    /** The sender is the caller; the receiver gets access to the sender's evidence in the same transaction. */
    Lead submit(LeadSubmission request) {
        request.validated();
        agencies.require("receiverMsp", request.receiverMsp());
        if (request.receiverMsp().equals(member.mspId())) {
            throw LedgerRefusal.invalid("a lead goes to another agency, not to " + member.mspId() + " itself");
        }
        Lead existing = state.read(key(request.leadId()), Lead.class).orElse(null);
        if (existing != null) {
            if (existing.wasSubmittedAs(request, member.mspId())) {
                return existing;
            }
            throw new LedgerRefusal(ErrorCode.CONFLICT, "lead " + request.leadId() + " exists already with other content");
        }
        sharing.shareReferenced(request.evidenceIds(), member.mspId(), request.receiverMsp(), request.submittedBy());
        Lead lead = new Lead(Lead.SCHEMA_VERSION, request.leadId(), member.mspId(), request.receiverMsp(),
                request.evidenceIds(), request.summaryDigest(), LeadStatus.SUBMITTED, null,
                List.of(change(LeadStatus.SUBMITTED, request.submittedBy(), "")));
        return save(lead, LedgerEvents.LEAD_SUBMITTED);
    }

    Lead accept(String leadId, String decidedBy, String reason) {
        LedgerInput.requireText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        return decide(leadId, LeadStatus.ACCEPTED, decidedBy, reason, LedgerEvents.LEAD_ACCEPTED);
    }

    Lead reject(String leadId, String decidedBy, String reason) {
        LedgerInput.requireNonBlankText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        return decide(leadId, LeadStatus.REJECTED, decidedBy, reason, LedgerEvents.LEAD_REJECTED);
    }

    /** The receiver's feedback to the sender on an accepted lead, for example {@code CASE_FILED}. */
    Lead recordOutcome(String leadId, String outcome, String detail, String recordedBy) {
        LedgerInput.requireId("outcome", outcome);
        LedgerInput.requireText("detail", detail, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("recordedBy", recordedBy);
        Lead lead = receivedByCaller(leadId);
        if (lead.status() != LeadStatus.ACCEPTED) {
            throw new LedgerRefusal(ErrorCode.INVALID_TRANSITION, "lead " + leadId + " is " + lead.status()
                    + "; an outcome is recorded for an ACCEPTED lead only");
        }
        return save(lead.moveTo(LeadStatus.CONCLUDED, outcome, change(LeadStatus.CONCLUDED, recordedBy, detail)),
                LedgerEvents.LEAD_CONCLUDED);
    }

    Lead lead(String leadId) {
        LedgerInput.requireId("leadId", leadId);
        return state.read(key(leadId), Lead.class).orElseThrow(() -> LedgerRefusal.notFound("no lead " + leadId));
    }

    private Lead decide(String leadId, LeadStatus decision, String decidedBy, String reason, String eventName) {
        LedgerInput.requireId("decidedBy", decidedBy);
        Lead lead = receivedByCaller(leadId);
        if (lead.status() != LeadStatus.SUBMITTED) {
            throw new LedgerRefusal(ErrorCode.ALREADY_DECIDED, "lead " + leadId + " was " + lead.status()
                    + " already");
        }
        return save(lead.moveTo(decision, null, change(decision, decidedBy, reason)), eventName);
    }

    private Lead receivedByCaller(String leadId) {
        Lead lead = lead(leadId);
        if (!lead.receiverMsp().equals(member.mspId())) {
            throw LedgerRefusal.forbidden("only the receiver " + lead.receiverMsp() + " may do this on lead " + leadId);
        }
        return lead;
    }

    private Lead save(Lead lead, String eventName) {
        state.write(key(lead.leadId()), lead);
        state.emit(LedgerEvent.ofLead(eventName, state.txId(), state.txTime(), lead, custody.appended()));
        return lead;
    }

    private StatusChange change(LeadStatus status, String actorUser, String reason) {
        return new StatusChange(status.name(), member.mspId(), actorUser, reason, state.txId(), state.txTime());
    }

    private String key(String leadId) {
        return state.key(Keys.LEAD, leadId);
    }
}
