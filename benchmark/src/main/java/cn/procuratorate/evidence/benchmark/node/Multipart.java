package cn.procuratorate.evidence.benchmark.node;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The framing of a multipart/form-data body whose last part is one file: the text fields first
 * (the node reads the body as a stream and ignores parts after the file), then the file's head,
 * the file's bytes (streamed by the caller), and the closing boundary.
 */
public final class Multipart {
    private Multipart() {}

    public static String newBoundary() {
        return "----evidence-benchmark-" + UUID.randomUUID();
    }

    public static String contentType(String boundary) {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Every text field, in the map's order, then the file part's headers up to its first byte. */
    public static byte[] head(String boundary, Map<String, String> fields, String fileName, String mediaType) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        out.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: ").append(mediaType).append("\r\n\r\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** After the file's last byte. */
    public static byte[] tail(String boundary) {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
