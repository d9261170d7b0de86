package cn.procuratorate.evidence.store.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two integrity check values every evidence item carries: SHA-256 and SM3 (GB/T 32905),
 * each as 64 lower-case hex digits.
 */
public record EvidenceDigests(String sha256, String sm3) {

  private static final Pattern HEX_256_BITS = Pattern.compile("[0-9a-f]{64}");

  /** Normalises to lower case; refuses anything that is not 64 hex digits. */
  public EvidenceDigests {
    sha256 = requireHex256("sha256", sha256);
    sm3 = requireHex256("sm3", sm3);
  }

  /** Digests of an in-memory byte array (small content, tests). */
  public static EvidenceDigests of(byte[] content) {
    DualDigest digest = new DualDigest();
    digest.update(content, 0, content.length);
    return digest.finish();
  }

  /** Reads {@code content} to its end and returns its digests; does not close it. */
  public static EvidenceDigests of(InputStream content) throws IOException {
    try (DualDigestInputStream hashing = DualDigestInputStream.leavingSourceOpen(content)) {
      hashing.transferTo(OutputStream.nullOutputStream());
      return hashing.digests();
    }
  }

  /** True when {@code hex} is 64 hex digits in either case, as the constructor demands. */
  public static boolean isHex256(String hex) {
    return hex != null && HEX_256_BITS.matcher(hex.toLowerCase(Locale.ROOT)).matches();
  }

  private static String requireHex256(String name, String hex) {
    if (!isHex256(hex)) {
      throw new IllegalArgumentException(name + " must be 64 hex digits");
    }
    return hex.toLowerCase(Locale.ROOT);
  }
}
