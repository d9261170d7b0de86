package cn.procuratorate.evidence.node.evidence.internal;

import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.util.Locale;

/** Checks of the text that comes with an upload, before a single byte of the file is stored. */
public final class UploadFields {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 2000;

  private UploadFields() {}

  public static String caseRef(String value) {
    if (!LedgerInput.isId(value)) {
      throw new EvidenceProblem(
          ProblemKind.INVALID_FIELD,
          "caseRef is required, before the file part: 1-64 characters [A-Za-z0-9._-], starting "
              + "with a letter or digit")
          .with("field", "caseRef");
    }
    return value;
  }

  public static String title(String value) {
    String title = blankToNull(value);
    if (title != null && !LedgerInput.isText(title, MAX_TITLE)) {
      throw new EvidenceProblem(
          ProblemKind.INVALID_FIELD,
          "title must be at most " + MAX_TITLE + " characters without control characters")
          .with("field", "title");
    }
    return title;
  }

  /** Line breaks and tabs are fine in a description; other control characters are not. */
  public static String description(String value) {
    String description = blankToNull(value);
    if (description == null) {
      return null;
    }
    boolean badControl =
        description.codePoints()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    if (description.length() > MAX_DESCRIPTION || badControl) {
      throw new EvidenceProblem(
          ProblemKind.INVALID_FIELD,
          "description must be at most " + MAX_DESCRIPTION + " characters without control characters")
          .with("field", "description");
    }
    return description;
  }

  /** {@code type/subtype} in lower case without parameters, as the ledger stores it. */
  public static String mediaType(String declared) {
    if (declared == null || declared.isBlank()) {
      throw new EvidenceProblem(
          ProblemKind.MEDIA_TYPE_NOT_ALLOWED,
          "declare the file's media type (the file part's Content-Type, or a mediaType field)");
    }
    int parameters = declared.indexOf(';');
    String type = (parameters < 0 ? declared : declared.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    if (!LedgerInput.isMediaType(type)) {
      throw new EvidenceProblem(ProblemKind.MEDIA_TYPE_NOT_ALLOWED, "not a media type: use type/subtype");
    }
    return type;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
