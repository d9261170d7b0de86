/**
 * The consortium's member register. Every other contract (except {@code probe}) asks it whether
 * the caller and any agency a request names are registered.
 */
package cn.procuratorate.evidence.chaincode.agency;
