package cn.procuratorate.evidence.node.multipart;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an upload sent as the whole request body ({@code application/octet-stream}) with its
 * text fields in the query string. Nothing has to be scanned for boundaries: the body goes to
 * the caller as it comes off the socket. A declared length that is empty or over the limit is
 * refused before the first byte is read; a body without a declared length (chunked) is measured
 * by the caller while it streams.
 */
public final class RawBody {

  /** What to do with the body once the fields are known. */
  @FunctionalInterface
  public interface BodyHandler<T> {
    T handle(Map<String, String> fields, InputStream content) throws IOException;
  }

  private RawBody() {}

  /**
   * @param allowedFields names of the query parameters the endpoint knows; any other is refused
   * @param requiredFields those of them that must be present and not blank
   * @param maxBytes the largest body the endpoint takes
   * @throws EvidenceProblem for unknown, repeated, too long or missing parameters, or a declared
   *     {@code Content-Length} of 0 or over {@code maxBytes}
   */
  public static <T> T read(
      HttpServletRequest request,
      Set<String> allowedFields,
      List<String> requiredFields,
      long maxBytes,
      BodyHandler<T> handler)
      throws IOException {
    Map<String, String> fields = queryFields(request, allowedFields);
    for (String name : requiredFields) {
      if (fields.getOrDefault(name, "").isBlank()) {
        throw new EvidenceProblem(
            ProblemKind.INVALID_FIELD, "query parameter '" + name + "' is required")
            .with("field", name);
      }
    }
    long declared = request.getContentLengthLong(); // -1 when chunked
    if (declared == 0) {
      throw new EvidenceProblem(
          ProblemKind.EMPTY_CONTENT, "the body is empty: send the file's bytes as the request body");
    }
    if (declared > maxBytes) {
      throw new EvidenceProblem(
          ProblemKind.CONTENT_TOO_LARGE,
          "the body declares " + declared + " bytes; this node takes at most " + maxBytes);
    }
    try (InputStream content = request.getInputStream()) {
      return handler.handle(fields, content);
    }
  }

  /** The servlet container has decoded them as UTF-8; a body of this type holds no parameters. */
  private static Map<String, String> queryFields(HttpServletRequest request, Set<String> allowedFields) {
    TextFields fields = new TextFields(allowedFields, "query parameter", "");
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      for (String value : parameter.getValue()) {
        fields.add(parameter.getKey(), value);
      }
    }
    return fields.values();
  }
}
