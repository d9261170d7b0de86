package cn.procuratorate.evidence.store;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a declared media type down to {@code type/subtype}, the form the allow-list holds. */
final class MediaTypes {

  // RFC 6838 restricted names; parameters (";charset=...") are accepted but not kept, so no
  // client-chosen text beyond the checked type ends up in object metadata.
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "\\s*([a-z0-9][a-z0-9!#$&^_.+-]{0,126})/([a-z0-9][a-z0-9!#$&^_.+-]{0,126})\\s*(;.*)?",
          Pattern.DOTALL);

  private MediaTypes() {}

  /** {@code type/subtype} in lower case, or {@code null} when {@code declared} is not one. */
  static String normalizeOrNull(String declared) {
    if (declared == null) {
      return null;
    }
    Matcher m = MEDIA_TYPE.matcher(declared.toLowerCase(Locale.ROOT));
    return m.matches() ? m.group(1) + "/" + m.group(2) : null;
  }

  static String normalize(String declared) {
    String type = normalizeOrNull(declared);
    if (type == null) {
      throw new IllegalArgumentException("not a media type: " + declared);
    }
    return type;
  }
}
