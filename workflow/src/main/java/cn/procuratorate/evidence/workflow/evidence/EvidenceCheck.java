package cn.procuratorate.evidence.workflow.evidence;

/**
 * The verdict on one fetched item.
 *
 * @param verified whether both hashes of the bytes received match the ledger's registration
 * @param detail   what was checked or what did not match, for the reviewer to read
 */
public record EvidenceCheck(String evidenceId, boolean verified, String detail) {
}
