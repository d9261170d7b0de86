/** Ledger events into BPMN messages, idempotently. */
package cn.procuratorate.evidence.workflow.event;
