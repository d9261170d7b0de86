package cn.procuratorate.evidence.ledger.model;

import java.util.List;

/**
 * The argument of {@code issueSupervision}, as JSON. The issuer is the caller's agency (it must be
 * a procuratorate); the reply deadline is the transaction time plus {@code replyWithin}.
 *
 * @param replyWithin ISO-8601 duration ({@code PT48H}, {@code P7D}) or period ({@code P2M}); a
 *                    period with months or years counts calendar months in China Standard Time
 * @param subjectDigest SHA-256 hex of the off-chain text of the supervision, or empty
 * @param issuedBy    the procuratorate's user who issued it
 */
public record SupervisionIssue(
        String supervisionId,
        String targetMsp,
        SupervisionKind kind,
        List<String> evidenceIds,
        String subjectDigest,
        String replyWithin,
        String issuedBy) {

    public static final int MAX_EVIDENCE = 100;

    public SupervisionIssue {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        subjectDigest = subjectDigest == null ? "" : subjectDigest;
    }

    public SupervisionIssue validated() {
        LedgerInput.requireId("supervisionId", supervisionId);
        LedgerInput.requireMspId("targetMsp", targetMsp);
        if (kind == null) {
            throw LedgerRefusal.invalid("kind must be one of " + List.of(SupervisionKind.values()));
        }
        LedgerInput.requireEvidenceIds(evidenceIds, MAX_EVIDENCE);
        LedgerInput.requireOptionalHex256("subjectDigest", subjectDigest);
        ReplyPeriod.parse(replyWithin);
        LedgerInput.requireId("issuedBy", issuedBy);
        return this;
    }
}
