package cn.procuratorate.evidence.node.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatusCode;

/**
 * A request the node refuses or cannot serve, with the problem to report. Services throw it; the
 * REST layer turns it into a problem detail. Extra properties (an evidence id, a ledger code)
 * become members of the problem detail.
 */
public class EvidenceProblem extends RuntimeException {

  /** RFC 9457's own members, which an extension must not overwrite. */
  private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code");

  private final ProblemKind kind;
  private final HttpStatusCode status;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  public EvidenceProblem(ProblemKind kind, String detail) {
    this(kind, kind.status(), detail, null);
  }

  public EvidenceProblem(ProblemKind kind, String detail, Throwable cause) {
    this(kind, kind.status(), detail, cause);
  }

  /** For kinds whose status depends on the case (a ledger refusal's code). */
  public EvidenceProblem(ProblemKind kind, HttpStatusCode status, String detail, Throwable cause) {
    super(detail, cause);
    this.kind = kind;
    this.status = status;
  }

  public EvidenceProblem with(String name, Object value) {
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException(name + " is a member of every problem detail already");
    }
    if (value != null) {
      properties.put(name, value);
    }
    return this;
  }

  public ProblemKind kind() {
    return kind;
  }

  public HttpStatusCode status() {
    return status;
  }

  public Map<String, Object> properties() {
    return Map.copyOf(properties);
  }
}
