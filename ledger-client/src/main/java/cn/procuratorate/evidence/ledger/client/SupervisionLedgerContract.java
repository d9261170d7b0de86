package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.Supervisions;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import java.util.Optional;

/**
 * Supervision (立案监督, 检察建议) on the ledger: a procuratorate issues it with a reply deadline,
 * the target agency answers, the issuer evaluates, closes or escalates. Each call is exactly one
 * transaction and returns the supervision as it is afterwards, with its whole history; the
 * chaincode's state machine decides which step is allowed when ({@code INVALID_TRANSITION}).
 *
 * <p>Input is checked against the chaincode's own rules before anything is sent
 * ({@link cn.procuratorate.evidence.ledger.model.LedgerRefusal}, {@code INVALID_ARGUMENT}); the
 * chaincode's refusals arrive as a {@link LedgerEndorseException} with its
 * {@link LedgerException#errorCode()}. A caller that retries after an unknown outcome uses
 * {@link IdempotentSupervisionLedger} instead.
 */
public final class SupervisionLedgerContract {
    private final LedgerTransactions transactions;

    SupervisionLedgerContract(LedgerTransactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Procuratorates only. The returned supervision carries {@code replyDueAt}, computed by the
     * ledger from the transaction time: that deadline counts, not the caller's clock.
     */
    public Committed<Supervision> issue(SupervisionIssue issue) {
        issue.validated();
        return transactions.submit(Supervision.class, Supervisions.NAME, Supervisions.ISSUE_SUPERVISION,
                CanonicalJson.toJson(issue));
    }

    /** The target agency's answer, whose text stays off the ledger behind its SHA-256. */
    public Committed<Supervision> respond(String supervisionId, String responseDigest, String respondedBy) {
        checkRespond(supervisionId, responseDigest, respondedBy);
        return transactions.submit(Supervision.class, Supervisions.NAME, Supervisions.RESPOND_SUPERVISION,
                supervisionId, responseDigest, respondedBy);
    }

    /**
     * Issuer or target, once the deadline has passed by the ledger's time. Marking it again is a
     * no-op, so both agencies' engines may call it when their timers fire.
     */
    public Committed<Supervision> markOverdue(String supervisionId) {
        LedgerInput.requireId("supervisionId", supervisionId);
        return transactions.submit(Supervision.class, Supervisions.NAME, Supervisions.MARK_OVERDUE, supervisionId);
    }

    /** Issuer only, on an answered supervision. */
    public Committed<Supervision> evaluate(String supervisionId, boolean satisfied, String reason,
            String evaluatedBy) {
        checkEvaluate(supervisionId, reason, evaluatedBy);
        return transactions.submit(Supervision.class, Supervisions.NAME, Supervisions.EVALUATE_SUPERVISION,
                supervisionId, Boolean.toString(satisfied), reason, evaluatedBy);
    }

    /** Issuer only, after an evaluation, when overdue, or after an escalation. CLOSED is final. */
    public Committed<Supervision> close(String supervisionId, String reason, String closedBy) {
        checkClose(supervisionId, reason, closedBy);
        return transactions.submit(Supervision.class, Supervisions.NAME, Supervisions.CLOSE_SUPERVISION,
                supervisionId, reason, closedBy);
    }

    /** Issuer only, when overdue or after an unsatisfying answer; the reason must say why. */
    public Committed<Supervision> escalate(String supervisionId, String reason, String escalatedBy) {
        checkEscalate(supervisionId, reason, escalatedBy);
        return transactions.submit(Supervision.class, Supervisions.NAME, Supervisions.ESCALATE_SUPERVISION,
                supervisionId, reason, escalatedBy);
    }

    /** The supervision with its history; empty when there is none under this id. */
    public Optional<Supervision> get(String supervisionId) {
        LedgerInput.requireId("supervisionId", supervisionId);
        return transactions.evaluateOptional(Supervision.class, Supervisions.NAME, Supervisions.GET_SUPERVISION,
                supervisionId);
    }

    // The chaincode's input rules, shared with IdempotentSupervisionLedger so that it refuses bad input before it reads.

    static void checkRespond(String supervisionId, String responseDigest, String respondedBy) {
        LedgerInput.requireId("supervisionId", supervisionId);
        LedgerInput.requireHex256("responseDigest", responseDigest);
        LedgerInput.requireId("respondedBy", respondedBy);
    }

    static void checkEvaluate(String supervisionId, String reason, String evaluatedBy) {
        LedgerInput.requireId("supervisionId", supervisionId);
        LedgerInput.requireText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("evaluatedBy", evaluatedBy);
    }

    static void checkClose(String supervisionId, String reason, String closedBy) {
        LedgerInput.requireId("supervisionId", supervisionId);
        LedgerInput.requireText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("closedBy", closedBy);
    }

    static void checkEscalate(String supervisionId, String reason, String escalatedBy) {
        LedgerInput.requireId("supervisionId", supervisionId);
        LedgerInput.requireNonBlankText("reason", reason, LedgerInput.MAX_DETAIL_LENGTH);
        LedgerInput.requireId("escalatedBy", escalatedBy);
    }
}
