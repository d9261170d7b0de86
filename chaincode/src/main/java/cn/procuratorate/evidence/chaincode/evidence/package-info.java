/**
 * Evidence items and their chain of custody: registration with both digests and look-up indexes,
 * grants to other agencies, and the append-only custody log (one key per event, no hot key).
 */
package cn.procuratorate.evidence.chaincode.evidence;
