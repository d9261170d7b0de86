/**
 * The node's port to the evidence ledger. {@link cn.procuratorate.evidence.node.ledger.CustodyLedger}
 * is what the features use; its Fabric adapter (in {@code internal}) wraps the ledger client and
 * reduces its stage exceptions to two outcomes: a refusal by a ledger rule
 * ({@link cn.procuratorate.evidence.ledger.model.LedgerRefusal}, final) or
 * {@link cn.procuratorate.evidence.node.ledger.LedgerUnavailableException} (try again, after
 * reconciling when the outcome is uncertain).
 */
package cn.procuratorate.evidence.node.ledger;
