/**
 * The node's Camunda 7 engine and what it needs from the node: the workflow module's ports
 * implemented over the ledger client, the evidence exchange and a notice board; the ledger-event
 * feed that turns chaincode events into BPMN messages; the mapping of node users to the groups
 * the processes name; and Cockpit/Tasklist for the node's administrators. Wiring and adapters are
 * in {@code internal}; the lead, supervision and task features use only this package.
 */
package cn.procuratorate.evidence.node.workflow;
