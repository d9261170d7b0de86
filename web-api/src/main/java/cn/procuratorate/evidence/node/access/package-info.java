/**
 * Every read of evidence content becomes an ACCESSED custody record on the ledger. Reads are
 * queued in the node's database and sent in batches every few seconds, so a read costs no ledger
 * round trip and a restart loses none.
 */
package cn.procuratorate.evidence.node.access;
