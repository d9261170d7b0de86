/**
 * Evidence custody at this node: uploads streamed into the agency's bucket and anchored on the
 * ledger through an outbox (STORING → PENDING → ANCHORED), verified downloads, sharing by ledger
 * grants, and the copies of other agencies' evidence this node received. The node's records of
 * both live in its own database; titles and descriptions never leave it (their digest does).
 */
package cn.procuratorate.evidence.node.evidence;
