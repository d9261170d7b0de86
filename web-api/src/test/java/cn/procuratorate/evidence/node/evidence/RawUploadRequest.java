package cn.procuratorate.evidence.node.evidence;

import jakarta.servlet.ServletContext;
import java.net.URI;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * {@code POST} of a raw {@code application/octet-stream} body whose declared length may differ
 * from the bytes sent, as a real client's can: a huge declared {@code Content-Length}, or none
 * at all (chunked). MockMvc otherwise always declares the length of the content.
 */
final class RawUploadRequest extends AbstractMockHttpServletRequestBuilder<RawUploadRequest> {

  static final long CONTENT_LENGTH = -2;
  static final long CHUNKED = -1;

  private long declaredLength = CONTENT_LENGTH;

  private RawUploadRequest() {
    super(HttpMethod.POST);
    contentType(MediaType.APPLICATION_OCTET_STREAM);
  }

  static RawUploadRequest to(URI uri, byte[] body) {
    return new RawUploadRequest().uri(uri).content(body);
  }

  static RawUploadRequest to(String uri, byte[] body) {
    return new RawUploadRequest().uri(uri).content(body);
  }

  /** Declares this many bytes ({@link #CHUNKED}: no length) whatever the content holds. */
  RawUploadRequest declaring(long length) {
    this.declaredLength = length;
    return this;
  }

  @Override
  protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
    long declared = declaredLength;
    return new MockHttpServletRequest(servletContext) {
      @Override
      public long getContentLengthLong() {
        return declared == CONTENT_LENGTH ? super.getContentLength() : declared;
      }

      @Override
      public int getContentLength() {
        return declared == CONTENT_LENGTH || declared <= Integer.MAX_VALUE
            ? (int) getContentLengthLong() : -1;
      }
    };
  }
}
