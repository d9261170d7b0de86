/**
 * The agency node's cross-agency workflows on Camunda 7: lead transfer (线索移送) and supervision
 * (立案监督, 检察建议). The processes live in {@code bpmn/}; this package holds the names they share
 * with Java ({@link cn.procuratorate.evidence.workflow.WorkflowNames}), the delegate wiring and the
 * starter. No Spring and no ledger client here: the node implements the ports.
 */
package cn.procuratorate.evidence.workflow;
