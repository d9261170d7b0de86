package cn.procuratorate.evidence.workflow.supervision;

import java.util.List;

/**
 * What the procuratorate puts on the ledger when it issues a supervision.
 *
 * @param kind        the ledger's {@code SupervisionKind} name, e.g. {@code CASE_FILING_EXPLANATION}
 * @param replyWithin ISO-8601 duration; the ledger adds it to the transaction time
 */
public record SupervisionToIssue(
        String supervisionId,
        String targetMsp,
        String kind,
        List<String> evidenceIds,
        String subjectDigest,
        String replyWithin,
        String issuedBy) {

    public SupervisionToIssue {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
