/**
 * What every contract needs and none owns: canonical state access and keys, the caller's identity,
 * turning a {@link cn.procuratorate.evidence.ledger.model.LedgerRefusal} into a chaincode error.
 */
package cn.procuratorate.evidence.chaincode.support;
