/** The evidence exchange port: fetch an item from its holder and verify it against the ledger. */
package cn.procuratorate.evidence.workflow.evidence;
