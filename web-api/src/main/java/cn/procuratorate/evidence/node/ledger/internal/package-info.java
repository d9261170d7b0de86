/** The Fabric Gateway adapter behind CustodyLedger and its wiring. */
package cn.procuratorate.evidence.node.ledger.internal;
