package cn.procuratorate.evidence.node.evidence.internal;

import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The client's file name is kept as a label (and offered back on download); it never names a
 * file or an object. Names that try to be paths are refused rather than cleaned, so that the
 * client learns its request was odd instead of finding a different name stored.
 */
public final class FileNames {

  public static final int MAX_LENGTH = 255;
  private static final Pattern ENCODED_TRICK = Pattern.compile("%(2e|2f|5c|00)", Pattern.CASE_INSENSITIVE);

  private FileNames() {}

  /** Returns the name unchanged, or {@code null} for none; refuses paths and odd characters. */
  public static String check(String name) {
    if (name == null || name.isEmpty()) {
      return null;
    }
    if (name.length() > MAX_LENGTH) {
      throw refused("is longer than " + MAX_LENGTH + " characters");
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
      throw refused("contains a path separator");
    }
    if (name.equals(".") || name.equals("..") || name.isBlank()) {
      throw refused("is not a file name");
    }
    if (ENCODED_TRICK.matcher(name).find()) {
      throw refused("contains percent-encoded path characters");
    }
    boolean control =
        name.codePoints()
            .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    if (control) {
      throw refused("contains control or invisible formatting characters");
    }
    return name;
  }

  private static EvidenceProblem refused(String why) {
    return new EvidenceProblem(
        ProblemKind.INVALID_FILE_NAME,
        "the file name " + why.toLowerCase(Locale.ROOT) + "; send a plain name such as report.pdf");
  }
}
