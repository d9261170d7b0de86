/**
 * How the workflow is wired into the node: the Camunda engine's beans, the ports over the ledger
 * client and the evidence exchange, the ledger-event feed, and the admin web apps' security.
 */
package cn.procuratorate.evidence.node.workflow.internal;
