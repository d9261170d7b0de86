package cn.procuratorate.evidence.node.problem.internal;

import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page, for requests it refuses before the application sees them (an encoded
 * slash in the path, a malformed request line): a problem detail instead of an HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable failure) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    ProblemKind kind = status == 404 ? ProblemKind.NOT_FOUND
        : status < 500 ? ProblemKind.MALFORMED_REQUEST : ProblemKind.INTERNAL;
    String detail = status < 500 ? "the request was refused by the web server (malformed or unsafe)"
        : "the node failed; see its log";
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"type\":\"" + kind.type() + "\",\"title\":\"" + kind.title()
            + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\",\"code\":\"" + kind.name() + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the connection is gone; nothing more to tell
    }
  }
}
