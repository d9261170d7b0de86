package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The lead transitions, idempotent by lead id and transition: what a workflow task calls, and
 * calls again when it did not see the outcome. When the lead's history already shows the step
 * this call asks for (same agency, same user, same decision), the answer is the transaction that
 * took it, and nothing is submitted; after a lost commit status the transaction is reconciled,
 * not resubmitted (see {@link IdempotentTransition}).
 *
 * <p>A different decision is not a repeat: accepting a lead that was rejected, or accepting it
 * with another user or reason, is submitted and refused by the chaincode ({@code ALREADY_DECIDED}).
 */
public final class IdempotentLeadLedger {
    private final LeadLedgerContract leads;
    private final String ourMsp;
    private final IdempotentTransition transition;

    IdempotentLeadLedger(LeadLedgerContract leads, String ourMsp, IdempotentTransition transition) {
        this.leads = leads;
        this.ourMsp = ourMsp;
        this.transition = transition;
    }

    public Committed<Lead> submit(LeadSubmission submission) {
        submission.validated();
        return run(submission.leadId(), lead -> LeadHistory.submitted(lead, submission, ourMsp),
                () -> leads.submit(submission));
    }

    public Committed<Lead> accept(String leadId, String decidedBy, String reason) {
        LeadLedgerContract.checkAccept(leadId, decidedBy, reason);
        return run(leadId, lead -> LeadHistory.decided(lead, LeadStatus.ACCEPTED, ourMsp, decidedBy, reason),
                () -> leads.accept(leadId, decidedBy, reason));
    }

    public Committed<Lead> reject(String leadId, String decidedBy, String reason) {
        LeadLedgerContract.checkReject(leadId, decidedBy, reason);
        return run(leadId, lead -> LeadHistory.decided(lead, LeadStatus.REJECTED, ourMsp, decidedBy, reason),
                () -> leads.reject(leadId, decidedBy, reason));
    }

    public Committed<Lead> recordOutcome(String leadId, String outcome, String detail, String recordedBy) {
        LeadLedgerContract.checkOutcome(leadId, outcome, detail, recordedBy);
        return run(leadId, lead -> LeadHistory.concluded(lead, outcome, detail, ourMsp, recordedBy),
                () -> leads.recordOutcome(leadId, outcome, detail, recordedBy));
    }

    public Optional<Lead> get(String leadId) {
        return leads.get(leadId);
    }

    private Committed<Lead> run(String leadId, Function<Lead, Optional<String>> takenIn,
            Supplier<Committed<Lead>> submit) {
        return transition.run(IdempotentTransition.step(() -> leads.get(leadId), takenIn, submit));
    }
}
