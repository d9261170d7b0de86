/** Lead transfer: the sender's and the receiver's delegates, and the lead port of the ledger. */
package cn.procuratorate.evidence.workflow.lead;
