/**
 * Independent verification against the ledger: an item this node holds (re-hash the stored
 * object, verdict and custody timeline, a VERIFIED record on the ledger) or any file a user
 * brings (which ledger items have these bytes, who registered them, when, and their custody).
 */
package cn.procuratorate.evidence.node.verification;
