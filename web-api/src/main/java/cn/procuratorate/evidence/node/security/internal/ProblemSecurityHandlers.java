package cn.procuratorate.evidence.node.security.internal;

import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** 401, 403 and firewall refusals as problem details, with the challenges the client may answer. */
final class ProblemSecurityHandlers
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private final ProblemWriter writer;
  private final List<String> challenges;

  /** @param challenges {@code WWW-Authenticate} values, e.g. {@code Basic realm="police"} */
  ProblemSecurityHandlers(ProblemWriter writer, List<String> challenges) {
    this.writer = writer;
    this.challenges = List.copyOf(challenges);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
    writer.write(
        response,
        Problems.of(ProblemKind.UNAUTHENTICATED, "authenticate with a valid user or token first"));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
      throws IOException {
    writer.write(
        response, Problems.of(ProblemKind.FORBIDDEN, "your role does not allow this request"));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException failure)
      throws IOException {
    // Encoded slashes, "..", null bytes and the like in the URL: path tricks, refused outright.
    writer.write(
        response, Problems.of(ProblemKind.MALFORMED_REQUEST, "the request URL was refused as unsafe"));
  }
}
