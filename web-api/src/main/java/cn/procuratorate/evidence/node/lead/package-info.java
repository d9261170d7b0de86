/**
 * Lead transfer (线索移送) at this node: a user starts the sender's process ({@code POST
 * /api/leads}); either side reads a lead with its ledger record, its history and the state of this
 * node's process ({@code GET /api/leads/{id}}). The receiver's intake is started by the ledger's
 * {@code LeadSubmitted} event, and its review is a task ({@code task} feature).
 */
package cn.procuratorate.evidence.node.lead;
