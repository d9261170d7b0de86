package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.model.LedgerRefusal;

/**
 * The item after an anchoring attempt.
 *
 * @param refusal why the ledger refused it, when the attempt ended in {@link AnchorStatus#REFUSED}
 */
public record AnchoringResult(EvidenceItem item, LedgerRefusal refusal) {}
