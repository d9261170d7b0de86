package cn.procuratorate.evidence.node.exchange.internal;

import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the two connectors apart: the exchange port serves {@code /exchange/**} and nothing else;
 * the API port never serves {@code /exchange/**}. Users' credentials are thus never accepted on
 * the node-to-node port, and agency certificates never open the user API.
 */
final class ExchangePortGuard extends OncePerRequestFilter {

  static final String EXCHANGE_PATHS = "/exchange/";

  private final int exchangePort;
  private final ProblemWriter problems;

  ExchangePortGuard(int exchangePort, ProblemWriter problems) {
    this.exchangePort = exchangePort;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean onExchangePort = exchangePort > 0 && request.getLocalPort() == exchangePort;
    boolean exchangePath = request.getRequestURI().startsWith(EXCHANGE_PATHS);
    if (onExchangePort != exchangePath) {
      problems.write(response, Problems.of(ProblemKind.NOT_FOUND, "no such resource on this port"));
      return;
    }
    chain.doFilter(request, response);
  }
}
