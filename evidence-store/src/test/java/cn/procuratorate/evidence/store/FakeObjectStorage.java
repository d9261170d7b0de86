package cn.procuratorate.evidence.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** In-memory versioned bucket, with hooks to change bytes behind the store's back. */
final class FakeObjectStorage implements ObjectStorage {

  private record Version(String versionId, byte[] bytes, String mediaType, Instant written) {}

  private final Map<String, List<Version>> versionsNewestFirst = new ConcurrentHashMap<>();
  private UnaryOperator<byte[]> secondReadTamper;
  private volatile CountDownLatch writeStarted;
  private volatile CountDownLatch writeMayFinish;
  private int reads;
  int writeCalls;

  @Override
  public WrittenVersion write(String key, InputStream content, String mediaType, long partSize) {
    writeCalls++;
    if (writeStarted != null) {
      writeStarted.countDown();
      awaitUninterruptibly(writeMayFinish);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      content.transferTo(bytes);
    } catch (IOException e) {
      // like the real store: an aborted upload leaves nothing
      throw new EvidenceStorageException("write aborted: " + e, e);
    }
    return new WrittenVersion(addVersion(key, bytes.toByteArray(), mediaType), bytes.size());
  }

  @Override
  public StoredObject read(String key, String versionId) {
    Version version =
        versionsOf(key).stream()
            .filter(v -> v.versionId().equals(versionId))
            .findFirst()
            .orElseThrow(() -> new EvidenceNotFoundException(key, versionId));
    reads++;
    byte[] bytes = version.bytes();
    if (reads == 2 && secondReadTamper != null) {
      bytes = secondReadTamper.apply(bytes.clone());
    }
    return new StoredObject(new ByteArrayInputStream(bytes), version.mediaType());
  }

  @Override
  public List<StoredVersion> versions(String key) {
    return versionsOf(key).stream()
        .map(v -> new StoredVersion(v.versionId(), v.written(), v.bytes().length, false, false))
        .toList();
  }

  @Override
  public void close() {}

  /** What someone with bucket credentials could do: put another version on the same key. */
  String addVersion(String key, byte[] bytes, String mediaType) {
    String versionId = UUID.randomUUID().toString();
    versionsNewestFirst
        .computeIfAbsent(key, k -> new ArrayList<>())
        .add(0, new Version(versionId, bytes, mediaType, Instant.now()));
    return versionId;
  }

  /** What only direct access to the disks could do: change the bytes of an existing version. */
  void overwrite(String key, String versionId, byte[] bytes) {
    List<Version> versions = versionsOf(key);
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      if (v.versionId().equals(versionId)) {
        versions.set(i, new Version(versionId, bytes, v.mediaType(), v.written()));
      }
    }
  }

  /** Serves changed bytes on the second read only: a change between the two verified passes. */
  void tamperWithSecondRead(UnaryOperator<byte[]> change) {
    this.secondReadTamper = change;
  }

  /** Holds every write until {@code mayFinish} opens; {@code started} opens when one begins. */
  void pauseWrites(CountDownLatch started, CountDownLatch mayFinish) {
    this.writeMayFinish = mayFinish;
    this.writeStarted = started;
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void remove(String key, String versionId) {
    versionsOf(key).removeIf(v -> v.versionId().equals(versionId));
  }

  boolean isEmpty() {
    return versionsNewestFirst.values().stream().allMatch(List::isEmpty);
  }

  private List<Version> versionsOf(String key) {
    return versionsNewestFirst.getOrDefault(key, new ArrayList<>());
  }
}
