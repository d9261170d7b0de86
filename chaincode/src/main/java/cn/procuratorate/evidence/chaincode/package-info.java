/**
 * The evidence ledger's chaincode: one contract per aggregate ({@code probe}, {@code agency},
 * {@code evidence}, {@code lead}, {@code supervision}), run as a chaincode-as-a-service server by
 * {@code org.hyperledger.fabric.contract.ContractRouter}. See {@code chaincode/README.md}.
 */
package cn.procuratorate.evidence.chaincode;
