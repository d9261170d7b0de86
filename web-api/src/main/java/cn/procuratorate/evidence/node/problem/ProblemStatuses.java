package cn.procuratorate.evidence.node.problem;

import org.springframework.http.HttpStatusCode;

/** The problem kind to report when all that is known is an HTTP status (framework errors). */
final class ProblemStatuses {

  private ProblemStatuses() {}

  static ProblemKind kindFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> ProblemKind.MALFORMED_REQUEST;
      case 401 -> ProblemKind.UNAUTHENTICATED;
      case 403 -> ProblemKind.FORBIDDEN;
      case 404 -> ProblemKind.NOT_FOUND;
      case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
      case 406 -> ProblemKind.NOT_ACCEPTABLE;
      case 413 -> ProblemKind.CONTENT_TOO_LARGE;
      case 415 -> ProblemKind.MEDIA_TYPE_NOT_ALLOWED;
      default -> status.is4xxClientError() ? ProblemKind.MALFORMED_REQUEST : ProblemKind.INTERNAL;
    };
  }
}
