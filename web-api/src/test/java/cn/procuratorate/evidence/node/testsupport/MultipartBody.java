package cn.procuratorate.evidence.node.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A raw multipart/form-data body, byte for byte as a browser or curl sends it: the node reads the
 * request stream itself, so MockMvc's pre-parsed multipart requests would not exercise it.
 */
public final class MultipartBody {

  private static final String BOUNDARY = "----evidence-test-boundary";
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public MultipartBody field(String name, String value) {
    write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    write(value);
    write("\r\n");
    return this;
  }

  public MultipartBody file(String fileName, String contentType, byte[] content) {
    write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  public MockHttpServletRequestBuilder post(String url) {
    write("--" + BOUNDARY + "--\r\n");
    return MockMvcRequestBuilders.post(url)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .content(body.toByteArray());
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
