package cn.procuratorate.evidence.store.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SHA-256 and SM3 of one byte sequence. SHA-256 is computed on the caller's thread (it is
 * several times faster than SM3 on CPUs with SHA instructions). SM3 is computed on the caller's
 * thread too for the first {@link #CHUNK_BYTES} (small content needs no copy and no thread);
 * beyond that, from copies of the bytes on a {@link Sm3Worker} thread, so that the caller can
 * read and upload meanwhile.
 *
 * <p>Memory stays bounded: at most {@link Sm3Worker#CHUNKS_IN_FLIGHT} chunks of
 * {@link #CHUNK_BYTES} exist per digest, whatever the content size.
 */
final class DualDigest {

  static final int CHUNK_BYTES = 1 << 20;

  private final MessageDigest sha256 = newSha256();
  private final SM3Digest sm3 = new SM3Digest();
  private long hashedInline;
  private boolean handingOff;
  private byte[] chunk;
  private int chunkFill;
  private Sm3Worker worker;
  private EvidenceDigests result;
  private boolean abandoned;

  void update(byte[] bytes, int offset, int length) {
    requireUnfinished();
    sha256.update(bytes, offset, length);
    if (!handingOff && hashedInline + length <= CHUNK_BYTES) {
      sm3.update(bytes, offset, length);
      hashedInline += length;
      return;
    }
    handingOff = true; // from here on SM3 sees copies, in order, never the caller's buffer
    while (length > 0) {
      if (chunk == null) {
        chunk = new byte[CHUNK_BYTES];
      }
      int copied = Math.min(length, CHUNK_BYTES - chunkFill);
      System.arraycopy(bytes, offset, chunk, chunkFill, copied);
      chunkFill += copied;
      offset += copied;
      length -= copied;
      if (chunkFill == CHUNK_BYTES) {
        handOffFullChunk();
      }
    }
  }

  /** Completes both digests; waits for the SM3 thread if one was started. */
  EvidenceDigests finish() {
    if (result != null) {
      return result;
    }
    if (abandoned) {
      throw new IllegalStateException("digest was abandoned before it finished");
    }
    byte[] sm3Value;
    if (worker == null) {
      if (chunkFill > 0) {
        sm3.update(chunk, 0, chunkFill);
      }
      sm3Value = new byte[sm3.getDigestSize()];
      sm3.doFinal(sm3Value, 0);
    } else {
      sm3Value = awaitWorker();
    }
    chunk = null;
    HexFormat hex = HexFormat.of();
    result = new EvidenceDigests(hex.formatHex(sha256.digest()), hex.formatHex(sm3Value));
    return result;
  }

  /**
   * Ends a running SM3 thread without waiting for its result; no-op once finished. A digest
   * abandoned before it finished cannot be finished any more.
   */
  void abandon() {
    if (result != null || abandoned) {
      return;
    }
    abandoned = true;
    if (worker != null) {
      worker.abandon();
    }
    chunk = null;
  }

  private void handOffFullChunk() {
    if (worker == null) {
      worker = Sm3Worker.start(sm3);
    }
    chunk = uninterruptibly(() -> worker.hashAndSwap(chunk, CHUNK_BYTES));
    chunkFill = 0;
  }

  private byte[] awaitWorker() {
    byte[] last = chunk;
    int lastFill = chunkFill;
    return uninterruptibly(() -> worker.finish(last, lastFill));
  }

  private void requireUnfinished() {
    if (result != null || abandoned) {
      throw new IllegalStateException("digest already finished or abandoned");
    }
  }

  private interface Blocking<T> {
    T call() throws InterruptedException;
  }

  /**
   * The SM3 thread hands buffers back within one chunk's hashing time, so waiting is short; an
   * interrupt is kept for the caller to see, and the wait resumes so the digest stays correct.
   */
  private static <T> T uninterruptibly(Blocking<T> call) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return call.call();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
