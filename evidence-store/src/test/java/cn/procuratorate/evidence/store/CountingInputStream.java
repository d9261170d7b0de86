package cn.procuratorate.evidence.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts how far a consumer read into a source, to prove refusals stop reading early. */
final class CountingInputStream extends FilterInputStream {

  private long count;
  private boolean closed;

  CountingInputStream(InputStream source) {
    super(source);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    super.close();
  }

  long count() {
    return count;
  }

  boolean closed() {
    return closed;
  }
}
