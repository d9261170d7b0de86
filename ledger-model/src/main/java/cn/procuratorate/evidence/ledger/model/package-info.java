/**
 * The on-ledger record types of the evidence ledger, shared by the chaincode and the agency
 * nodes' ledger client, and the rules both sides apply to them.
 *
 * <p>Everything here is serialised through {@link cn.procuratorate.evidence.ledger.model.CanonicalJson}
 * so that every endorsing peer writes byte-identical state. This package must never depend on the
 * Fabric chaincode shim: agency nodes put it on their classpath.
 */
package cn.procuratorate.evidence.ledger.model;
