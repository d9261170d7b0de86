package cn.procuratorate.evidence.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * The caller's upload stream as the object store sees it: never more than {@code limit + 1}
 * bytes are read from it, and when the write fails this remembers whether the source was the
 * cause (too large, or broken off) rather than the object store. Closing it leaves the
 * caller's stream open: whoever opened it closes it.
 */
final class UploadSource extends InputStream {

  private final InputStream source;
  private final long limit;
  private long count;
  private boolean limitExceeded;
  private IOException readFailure;

  UploadSource(InputStream source, long limit) {
    this.source = source;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (limitExceeded) {
      throw new ContentTooLarge(limit);
    }
    // One byte past the limit is enough to know it was exceeded.
    int allowed = (int) Math.min(length, limit - count + 1);
    int n;
    try {
      n = source.read(buffer, offset, allowed);
    } catch (IOException e) {
      readFailure = e;
      throw e;
    }
    if (n > 0) {
      count += n;
      if (count > limit) {
        limitExceeded = true;
        throw new ContentTooLarge(limit);
      }
    }
    return n;
  }

  boolean limitExceeded() {
    return limitExceeded;
  }

  IOException readFailure() {
    return readFailure;
  }

  @Override
  public void close() {
    // the caller owns the source
  }

  /** Thrown into the object store's read loop so that it aborts the upload. */
  static final class ContentTooLarge extends IOException {
    ContentTooLarge(long limit) {
      super("content exceeds the limit of " + limit + " bytes");
    }
  }
}
