/**
 * Lead transfer (线索移送): one agency hands a lead with its evidence to another, which accepts or
 * rejects it exactly once and later reports the outcome back.
 */
package cn.procuratorate.evidence.chaincode.lead;
