package cn.procuratorate.evidence.node.evidence;

/**
 * What a user sends with a file, unchecked.
 *
 * @param declaredMediaType the file part's Content-Type or an explicit {@code mediaType} field
 */
public record EvidenceUpload(
    String caseRef, String title, String description, String fileName, String declaredMediaType) {}
