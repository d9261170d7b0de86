package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.store.EvidenceIntegrityIOException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends verified content: the length is declared up front, so a reader whose stream is cut off
 * because the bytes failed their second hash sees an incomplete response, never a complete one.
 */
public final class EvidenceResponses {

  public static final String SHA256_HEADER = "Evidence-SHA256";
  public static final String SM3_HEADER = "Evidence-SM3";
  public static final String NEWER_VERSIONS_HEADER = "Evidence-Newer-Versions";

  private static final int BUFFER = 64 * 1024;

  /** Called when the content failed its second hash part-way. */
  public interface BrokenDelivery {
    void report(EvidenceIntegrityIOException failure);
  }

  private EvidenceResponses() {}

  public static void send(Delivery delivery, HttpServletResponse response, BrokenDelivery broken)
      throws IOException {
    response.setContentType(delivery.content().mediaType());
    response.setContentLengthLong(delivery.content().size());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(delivery));
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader(SHA256_HEADER, delivery.ledgerRecord().sha256());
    response.setHeader(SM3_HEADER, delivery.ledgerRecord().sm3());
    if (!delivery.newerVersions().isEmpty()) {
      response.setHeader(NEWER_VERSIONS_HEADER, Integer.toString(delivery.newerVersions().size()));
    }
    try (InputStream in = delivery.content().stream()) {
      OutputStream out = response.getOutputStream();
      byte[] buffer = new byte[BUFFER];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
      }
      out.flush();
    } catch (EvidenceIntegrityIOException e) {
      broken.report(e);
      throw e;
    }
  }

  private static String disposition(Delivery delivery) {
    String name = delivery.fileName() != null ? delivery.fileName() : delivery.evidenceId();
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
    ContentDisposition.Builder builder = ContentDisposition.attachment();
    return (ascii ? builder.filename(name) : builder.filename(name, StandardCharsets.UTF_8))
        .build().toString();
  }
}
