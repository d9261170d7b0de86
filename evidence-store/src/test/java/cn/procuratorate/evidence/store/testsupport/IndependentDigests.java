package cn.procuratorate.evidence.store.testsupport;

import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SHA-256 (JDK MessageDigest) and SM3 (Bouncy Castle SM3Digest) computed directly, on one
 * thread, without any of the project's hashing code: the yardstick the store is measured by.
 */
public final class IndependentDigests {

  private IndependentDigests() {}

  public static EvidenceDigests of(InputStream content) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      SM3Digest sm3 = new SM3Digest();
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = content.read(buffer)) > 0) {
        sha256.update(buffer, 0, n);
        sm3.update(buffer, 0, n);
      }
      byte[] sm3Value = new byte[sm3.getDigestSize()];
      sm3.doFinal(sm3Value, 0);
      HexFormat hex = HexFormat.of();
      return new EvidenceDigests(hex.formatHex(sha256.digest()), hex.formatHex(sm3Value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static EvidenceDigests of(byte[] content) {
    return of(new java.io.ByteArrayInputStream(content));
  }

  public static EvidenceDigests ofGenerated(long seed, long length) {
    return of(GeneratedContent.of(seed, length));
  }
}
