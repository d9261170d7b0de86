/**
 * Supervision (立案监督, 检察建议) at this node: a prosecutor of a procuratorate issues one to
 * another agency ({@code POST /api/supervisions}); the issuer and the target read it with its
 * ledger record, deadline, history and the state of their own process ({@code GET
 * /api/supervisions/{id}}). The target's response process starts from the ledger's
 * {@code SupervisionIssued} event; its steps are tasks ({@code task} feature).
 */
package cn.procuratorate.evidence.node.supervision;
