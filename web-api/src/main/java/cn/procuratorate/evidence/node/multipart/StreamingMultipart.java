package cn.procuratorate.evidence.node.multipart;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/** Reads a multipart request's text fields, then hands its file part to the caller as a stream. */
public final class StreamingMultipart {

  public static final String FILE_PART = "file";

  /** What to do with the file part once the fields before it are known. */
  @FunctionalInterface
  public interface FileHandler<T> {
    T handle(Map<String, String> fields, FilePart file) throws IOException;
  }

  private StreamingMultipart() {}

  /**
   * @param allowedFields names of the text fields the endpoint knows; any other is refused
   * @throws EvidenceProblem for a request that is not multipart, has unknown, repeated or too long
   *     fields, or no part named {@value #FILE_PART}
   */
  public static <T> T read(HttpServletRequest request, Set<String> allowedFields, FileHandler<T> handler)
      throws IOException {
    if (!JakartaServletFileUpload.isMultipartContent(request)) {
      throw new EvidenceProblem(
          ProblemKind.MALFORMED_REQUEST,
          "send multipart/form-data with the text fields first and a part named 'file' last");
    }
    JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
    upload.setHeaderCharset(StandardCharsets.UTF_8); // file names in Chinese arrive as UTF-8
    TextFields fields = new TextFields(allowedFields, "field", " and '" + FILE_PART + "'");
    try {
      FileItemInputIterator parts = upload.getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        String name = part.getFieldName();
        if (FILE_PART.equals(name)) {
          try (InputStream content = part.getInputStream()) {
            return handler.handle(fields.values(), new FilePart(part.getName(), part.getContentType(), content));
          }
        }
        fields.add(name, part::getInputStream);
      }
    } catch (FileUploadException e) {
      throw new EvidenceProblem(ProblemKind.MALFORMED_REQUEST, "malformed multipart body: " + e.getMessage(), e);
    }
    throw new EvidenceProblem(ProblemKind.MALFORMED_REQUEST, "no part named 'file' in the request");
  }
}
