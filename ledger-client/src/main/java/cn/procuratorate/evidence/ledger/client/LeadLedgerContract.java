package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.Leads;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import java.util.Optional;

/**
 * Lead transfer (线索移送) on the ledger: the sender submits, the receiver accepts or rejects once
 * and reports the outcome. Each call is exactly one transaction and returns the lead as it is
 * afterwards, with its whole history.
 *
 * <p>Input is checked against the chaincode's own rules before anything is sent
 * ({@link cn.procuratorate.evidence.ledger.model.LedgerRefusal}, {@code INVALID_ARGUMENT}); the
 * chaincode's refusals ({@code FORBIDDEN}, {@code ALREADY_DECIDED}, …) arrive as a
 * {@link LedgerEndorseException} with its {@link LedgerException#errorCode()}. A caller that
 * retries after an unknown outcome uses {@link IdempotentLeadLedger} instead.
 */
public final class LeadLedgerContract {
    private final LedgerTransactions transactions;

    LeadLedgerContract(LedgerTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Hands the lead to the receiver, who is granted access to the sender's evidence in the same
     * transaction. The identical submission again returns the stored lead and changes nothing.
     */
    public Committed<Lead> submit(LeadSubmission submission) {
        submission.validated();
        return transactions.submit(Lead.class, Leads.NAME, Leads.SUBMIT_LEAD, CanonicalJson.toJson(submission));
    }

    /** Receiver only, once; the reason may be empty. */
    public Committed<Lead> accept(String leadId, String decidedBy, String reason) {
        checkAccept(leadId, decidedBy, reason);
        return transactions.submit(Lead.class, Leads.NAME, Leads.ACCEPT_LEAD, leadId, decidedBy, reason);
    }

    /** Receiver only, once; the sender reads the reason, so it must say something. */
    public Committed<Lead> reject(String leadId, String decidedBy, String reason) {
        checkReject(leadId, decidedBy, reason);
        return transactions.submit(Lead.class, Leads.NAME, Leads.REJECT_LEAD, leadId, decidedBy, reason);
    }

    /**
     * Receiver only, on an accepted lead: what came of it, as an id-like code such as
     * {@code CASE_FILED}; the lead is CONCLUDED afterwards.
     */
    public Committed<Lead> recordOutcome(String leadId, String outcome, String detail, String recordedBy) {
        checkOutcome(leadId, outcome, detail, recordedBy);
        return transactions.submit(Lead.class, Leads.NAME, Leads.RECORD_LEAD_OUTCOME, leadId, outcome, detail,
                recordedBy);
    }

    /** The lead with its history; empty when there is none under this id. */
    public Optional<Lead> get(String leadId) {
        LedgerInput.requireId("leadId", leadId);
        return transactions.evaluateOptional(Lead.class, Leads.NAME, Leads.GET_LEAD, leadId);
    }

    // The chaincode's input rules, shared with IdempotentLeadLedger so that it refuses bad input before it reads.

    static void checkAccept(String leadId, String decidedBy, String reason) {
        LedgerInput.requireId("leadId", leadId);
        LedgerInput.requireId("decidedBy", decidedBy);
        LedgerInput.requireText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
    }

    static void checkReject(String leadId, String decidedBy, String reason) {
        LedgerInput.requireId("leadId", leadId);
        LedgerInput.requireId("decidedBy", decidedBy);
        LedgerInput.requireNonBlankText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
    }

    static void checkOutcome(String leadId, String outcome, String detail, String recordedBy) {
        LedgerInput.requireId("leadId", leadId);
        LedgerInput.requireId("outcome", outcome);
        LedgerInput.requireText("detail", detail, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("recordedBy", recordedBy);
    }
}
