package cn.procuratorate.evidence.node.multipart;

import java.io.InputStream;

/**
 * The file part of a streaming multipart request, positioned at its first byte.
 *
 * @param fileName as the client sent it (unchecked), or {@code null}
 * @param contentType the part's declared media type, or {@code null}
 */
public record FilePart(String fileName, String contentType, InputStream content) {}
