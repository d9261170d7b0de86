package cn.procuratorate.evidence.store.testsupport;

import java.io.InputStream;

/**
 * Deterministic pseudo-random bytes of any length, generated on the fly (xorshift64*): the same
 * seed and length always give the same bytes, so tests can upload gigabytes and hash them again
 * independently without holding them anywhere.
 */
public final class GeneratedContent extends InputStream {

  private static final int BLOCK = 64 * 1024;

  private final long length;
  private final byte[] block = new byte[BLOCK];
  private long state;
  private long position;
  private int blockPosition = BLOCK;

  private GeneratedContent(long seed, long length) {
    this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    this.length = length;
  }

  public static GeneratedContent of(long seed, long length) {
    return new GeneratedContent(seed, length);
  }

  public static byte[] bytes(long seed, int length) {
    byte[] out = new byte[length];
    int off = 0;
    try (GeneratedContent in = of(seed, length)) {
      int n;
      while (off < length && (n = in.read(out, off, length - off)) > 0) {
        off += n;
      }
    }
    return out;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    if (position >= length) {
      return -1;
    }
    if (blockPosition == BLOCK) {
      refill();
    }
    int n = (int) Math.min(Math.min(count, BLOCK - blockPosition), length - position);
    System.arraycopy(block, blockPosition, buffer, offset, n);
    blockPosition += n;
    position += n;
    return n;
  }

  @Override
  public void close() {}

  private void refill() {
    for (int i = 0; i < BLOCK; i += 8) {
      state ^= state >>> 12;
      state ^= state << 25;
      state ^= state >>> 27;
      long value = state * 0x2545F4914F6CDD1DL;
      for (int b = 0; b < 8; b++) {
        block[i + b] = (byte) (value >>> (8 * b));
      }
    }
    blockPosition = 0;
  }
}
