package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A supervision (立案监督, 检察建议, …) issued by a procuratorate to another agency, with its
 * whole history.
 *
 * @param replyDueAt     the issuing transaction's time plus the requested reply period
 * @param overdue        whether the deadline was marked as missed (stays true after a late answer)
 * @param responseDigest SHA-256 hex of the target's off-chain answer, once it answered
 * @param satisfied      the procuratorate's evaluation of the answer, once evaluated
 */
public record Supervision(
        int schemaVersion,
        String supervisionId,
        String issuerMsp,
        String targetMsp,
        SupervisionKind kind,
        List<String> evidenceIds,
        String subjectDigest,
        Instant replyDueAt,
        SupervisionStatus status,
        boolean overdue,
        String responseDigest,
        Boolean satisfied,
        List<StatusChange> history) {

    public static final int SCHEMA_VERSION = 1;

    public Supervision {
        evidenceIds = List.copyOf(evidenceIds);
        history = List.copyOf(history);
    }

    /** The same issue again (a retry), as opposed to a different supervision under a used id. */
    public boolean wasIssuedAs(SupervisionIssue request, String requestingMsp) {
        return issuerMsp.equals(requestingMsp) && targetMsp.equals(request.targetMsp()) && kind == request.kind()
                && evidenceIds.equals(request.evidenceIds()) && subjectDigest.equals(request.subjectDigest());
    }

    public Supervision moveTo(SupervisionStatus next, StatusChange change) {
        return new Supervision(schemaVersion, supervisionId, issuerMsp, targetMsp, kind, evidenceIds, subjectDigest,
                replyDueAt, next, overdue || next == SupervisionStatus.OVERDUE, responseDigest, satisfied,
                append(change));
    }

    public Supervision answered(String digest, StatusChange change) {
        return new Supervision(schemaVersion, supervisionId, issuerMsp, targetMsp, kind, evidenceIds, subjectDigest,
                replyDueAt, SupervisionStatus.RESPONDED, overdue, digest, null, append(change));
    }

    public Supervision evaluated(boolean result, StatusChange change) {
        return new Supervision(schemaVersion, supervisionId, issuerMsp, targetMsp, kind, evidenceIds, subjectDigest,
                replyDueAt, SupervisionStatus.EVALUATED, overdue, responseDigest, result, append(change));
    }

    private List<StatusChange> append(StatusChange change) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return longer;
    }
}
