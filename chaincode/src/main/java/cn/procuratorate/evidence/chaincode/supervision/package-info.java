/**
 * Supervision by a procuratorate (立案监督, 检察建议, …): issued to another agency with a reply
 * deadline taken from the transaction time, answered by that agency, marked overdue, evaluated,
 * closed or escalated by the procuratorate. The state machine lives in {@link
 * cn.procuratorate.evidence.chaincode.supervision.SupervisionStep}.
 */
package cn.procuratorate.evidence.chaincode.supervision;
