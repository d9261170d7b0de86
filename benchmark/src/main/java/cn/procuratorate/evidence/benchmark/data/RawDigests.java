package cn.procuratorate.evidence.benchmark.data;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The raw hashing baseline: SHA-256 (JDK) and SM3 (Bouncy Castle) over the same bytes in one
 * pass on one thread, each buffer fed to both digests — what anyone would write without the
 * store's second SM3 thread.
 */
public final class RawDigests {
    private static final int BUFFER = 64 * 1024;

    private final MessageDigest sha256;
    private final SM3Digest sm3 = new SM3Digest();

    public RawDigests() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public void update(byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        sm3.update(bytes, offset, length);
    }

    /** Hex SHA-256 and SM3, in that order. */
    public String[] finish() {
        byte[] sm3Value = new byte[sm3.getDigestSize()];
        sm3.doFinal(sm3Value, 0);
        HexFormat hex = HexFormat.of();
        return new String[] {hex.formatHex(sha256.digest()), hex.formatHex(sm3Value)};
    }

    public static String[] of(byte[] content) {
        RawDigests digests = new RawDigests();
        digests.update(content, 0, content.length);
        return digests.finish();
    }

    /** Reads to the end; returns the bytes read. Does not close the stream. */
    public static long consume(InputStream in, RawDigests digests) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (digests != null) {
                digests.update(buffer, 0, n);
            }
            total += n;
        }
        return total;
    }
}
