package cn.procuratorate.evidence.store.digest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Hashes chunks with SM3 on its own thread, in the order they were handed over. SM3 is
 * inherently sequential, so one thread per stream is all the parallelism there is; what it buys
 * is overlap: the reading thread copies, SHA-256-hashes and uploads the next bytes while this
 * thread catches up.
 *
 * <p>Buffers circulate between the two threads: at most {@link #CHUNKS_IN_FLIGHT} exist, so a
 * reader that outpaces SM3 blocks instead of piling up memory.
 */
final class Sm3Worker implements Runnable {

  /** 8 MiB of lag at most: enough to hide one multipart part's upload time behind SM3. */
  static final int CHUNKS_IN_FLIGHT = 8;

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static final Chunk END = new Chunk(new byte[0], 0);

  private final SM3Digest sm3;
  private final BlockingQueue<Chunk> toHash = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT + 1);
  private final BlockingQueue<byte[]> hashed = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
  private final Thread thread;
  private int buffersAllocated = 1; // the caller's first chunk
  private volatile boolean abandoned;

  private record Chunk(byte[] bytes, int length) {}

  private Sm3Worker(SM3Digest sm3) {
    this.sm3 = sm3;
    this.thread = new Thread(this, "sm3-digest-" + THREAD_NUMBER.incrementAndGet());
    this.thread.setDaemon(true);
  }

  /** Takes over {@code sm3} (and its state so far); the caller must not touch it again. */
  static Sm3Worker start(SM3Digest sm3) {
    Sm3Worker worker = new Sm3Worker(sm3);
    worker.thread.start();
    return worker;
  }

  /** Queues {@code full} for hashing and returns a buffer to fill next (reused or new). */
  byte[] hashAndSwap(byte[] full, int length) throws InterruptedException {
    toHash.put(new Chunk(full, length));
    byte[] free = hashed.poll();
    if (free != null) {
      return free;
    }
    if (buffersAllocated < CHUNKS_IN_FLIGHT) {
      buffersAllocated++;
      return new byte[full.length];
    }
    return hashed.take();
  }

  /** Queues the last, possibly partial chunk and returns SM3 once everything is hashed. */
  byte[] finish(byte[] last, int length) throws InterruptedException {
    if (length > 0) {
      toHash.put(new Chunk(last, length));
    }
    toHash.put(END);
    thread.join(); // join() makes the worker's updates to sm3 visible here
    byte[] value = new byte[sm3.getDigestSize()];
    sm3.doFinal(value, 0);
    return value;
  }

  /** Lets the thread end without hashing what is still queued. */
  void abandon() {
    abandoned = true;
    toHash.clear();
    toHash.offer(END);
  }

  @Override
  public void run() {
    try {
      for (Chunk chunk = toHash.take(); chunk != END && !abandoned; chunk = toHash.take()) {
        sm3.update(chunk.bytes(), 0, chunk.length());
        hashed.offer(chunk.bytes()); // never full: no more buffers exist than it holds
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // nobody else interrupts this thread; just end
    }
  }
}
