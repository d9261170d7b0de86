package cn.procuratorate.evidence.node.supervision;

/**
 * The answer to an issue request: the process runs and issues on the ledger in the background;
 * the reply deadline is the ledger's, computed from the issuing transaction's time (poll the
 * supervision for {@code ledger.replyDueAt}).
 */
public record SupervisionStarted(
    String supervisionId, String kind, String targetMsp, String replyWithin, String subjectDigest,
    String processInstanceId) {}
