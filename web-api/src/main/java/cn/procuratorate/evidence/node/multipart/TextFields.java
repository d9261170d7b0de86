package cn.procuratorate.evidence.node.multipart;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The text fields that come with a streamed file, whichever way they travel (multipart parts
 * before the file part, or query parameters beside a raw body): only names the endpoint knows,
 * each once, each at most {@value #MAX_FIELD_BYTES} bytes of UTF-8. What a value must look like
 * is the endpoint's business.
 */
final class TextFields {

  /** Text fields are short (titles, references): a longer one is refused, not buffered. */
  static final int MAX_FIELD_BYTES = 8 * 1024;

  private final Set<String> allowed;
  private final String kind;
  private final String alsoAccepted;
  private final Map<String, String> values = new LinkedHashMap<>();

  /**
   * @param kind what the client calls them, for messages: "field", "query parameter"
   * @param alsoAccepted what else the request may carry, for messages (" and 'file'"), or ""
   */
  TextFields(Set<String> allowed, String kind, String alsoAccepted) {
    this.allowed = allowed;
    this.kind = kind;
    this.alsoAccepted = alsoAccepted;
  }

  /** A value still in the request body, opened only once its name is accepted. */
  @FunctionalInterface
  interface StreamedValue {
    InputStream open() throws IOException;
  }

  /** Reads the value as UTF-8, never more than one byte past the limit. */
  void add(String name, StreamedValue value) throws IOException {
    requireNew(name);
    try (InputStream in = value.open()) {
      byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
      requireShort(name, bytes.length);
      values.put(name, new String(bytes, StandardCharsets.UTF_8));
    }
  }

  void add(String name, String value) {
    requireNew(name);
    requireShort(name, value.getBytes(StandardCharsets.UTF_8).length);
    values.put(name, value);
  }

  Map<String, String> values() {
    return Map.copyOf(values);
  }

  private void requireNew(String name) {
    if (name == null || !allowed.contains(name)) {
      throw new EvidenceProblem(
          ProblemKind.INVALID_FIELD,
          "unknown " + kind + " " + printable(name) + "; this endpoint takes " + allowed + alsoAccepted);
    }
    if (values.containsKey(name)) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, kind + " '" + name + "' was sent twice");
    }
  }

  private void requireShort(String name, int bytes) {
    if (bytes > MAX_FIELD_BYTES) {
      throw new EvidenceProblem(
          ProblemKind.INVALID_FIELD, kind + " '" + name + "' is longer than " + MAX_FIELD_BYTES + " bytes");
    }
  }

  private static String printable(String name) {
    if (name == null) {
      return "(unnamed)";
    }
    String shortened = name.length() > 40 ? name.substring(0, 40) + "…" : name;
    return "'" + shortened.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
