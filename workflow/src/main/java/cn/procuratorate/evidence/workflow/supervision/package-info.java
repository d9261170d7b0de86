/**
 * Supervision: the issuing procuratorate's and the answering agency's delegates, and the
 * supervision port of the ledger.
 */
package cn.procuratorate.evidence.workflow.supervision;
