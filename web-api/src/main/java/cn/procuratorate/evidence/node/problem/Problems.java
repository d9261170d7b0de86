package cn.procuratorate.evidence.node.problem;

import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details the node sends. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(ProblemKind kind, String detail) {
    return of(kind, kind.status(), detail);
  }

  public static ProblemDetail of(ProblemKind kind, HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(kind.type());
    problem.setTitle(kind.title());
    problem.setProperty("code", kind.name());
    return problem;
  }

  public static ProblemDetail of(EvidenceProblem failure) {
    ProblemDetail problem = of(failure.kind(), failure.status(), failure.getMessage());
    for (Map.Entry<String, Object> property : failure.properties().entrySet()) {
      problem.setProperty(property.getKey(), property.getValue());
    }
    return problem;
  }
}
