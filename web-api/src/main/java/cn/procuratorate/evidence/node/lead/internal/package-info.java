/** The lead feature's ledger reads over the node's ledger connection. */
package cn.procuratorate.evidence.node.lead.internal;
