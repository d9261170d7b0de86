package cn.procuratorate.evidence.store.digest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through unchanged while computing their SHA-256 and SM3; {@link #digests()} is
 * available once the end of the stream has been read. Constant memory whatever the length.
 *
 * <p>Skipped bytes are read and hashed too, so the digests always cover every byte. Close the
 * stream (try-with-resources) even when abandoning it early: that ends the SM3 helper thread.
 * Take {@link #digests()} before closing.
 */
public final class DualDigestInputStream extends FilterInputStream {

  private final DualDigest digest = new DualDigest();
  private final boolean closesSource;
  private long bytesRead;
  private boolean endReached;

  /** Hashes {@code source}; closing this stream closes {@code source}. */
  public DualDigestInputStream(InputStream source) {
    this(source, true);
  }

  private DualDigestInputStream(InputStream source, boolean closesSource) {
    super(source);
    this.closesSource = closesSource;
  }

  /** Hashes {@code source} but leaves closing it to whoever opened it. */
  public static DualDigestInputStream leavingSourceOpen(InputStream source) {
    return new DualDigestInputStream(source, false);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      digest.update(buffer, offset, n);
      bytesRead += n;
    } else if (n < 0) {
      endReached = true;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] scratch = new byte[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would feed the same bytes to the digests twice
  }

  @Override
  public synchronized void mark(int readLimit) {}

  @Override
  public synchronized void reset() throws IOException {
    throw new IOException("mark/reset not supported while hashing");
  }

  /** Number of bytes read (and hashed) so far. */
  public long bytesRead() {
    return bytesRead;
  }

  /** True once a read has reported the end of the stream. */
  public boolean endReached() {
    return endReached;
  }

  /**
   * SHA-256 and SM3 of every byte read.
   *
   * @throws IllegalStateException if the end of the stream has not been read yet: digests of a
   *     prefix must never be mistaken for digests of the content
   */
  public EvidenceDigests digests() {
    if (!endReached) {
      throw new IllegalStateException("digests are known only after the end of the stream");
    }
    return digest.finish();
  }

  @Override
  public void close() throws IOException {
    digest.abandon(); // no-op after digests(); otherwise ends the SM3 thread
    if (closesSource) {
      in.close();
    }
  }
}
