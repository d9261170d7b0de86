package cn.procuratorate.evidence.node.lead;

/**
 * The answer to a lead transfer request: the process runs, the ledger submission follows in the
 * background (poll the lead for {@code ledger.status}).
 */
public record LeadStarted(String leadId, String receiverMsp, String summaryDigest, String processInstanceId) {}
