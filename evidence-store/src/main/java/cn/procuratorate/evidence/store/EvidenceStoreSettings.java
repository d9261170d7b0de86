package cn.procuratorate.evidence.store;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Node policy for uploads.
 *
 * @param maxContentBytes largest accepted upload; a larger one is refused while it streams
 * @param allowedMediaTypes accepted media types, {@code type/subtype} without parameters
 * @param partSizeBytes multipart part size; an upload at full speed holds about three part sizes
 *     of heap plus up to 8 MiB of bytes waiting for SM3 (a slow upload, about one part size)
 * @param maxConcurrentUploads uploads streaming at once; with the per-upload memory this bounds
 *     the heap uploads can take, whatever their number and size
 * @param uploadSlotWait how long an upload waits for a free slot before it is refused
 */
public record EvidenceStoreSettings(
    long maxContentBytes,
    Set<String> allowedMediaTypes,
    long partSizeBytes,
    int maxConcurrentUploads,
    Duration uploadSlotWait) {

  /** S3 refuses parts below 5 MiB (except the last one). */
  public static final long MIN_PART_SIZE = 5L << 20;

  /** Parts are buffered in memory, several per upload: far below S3's own 5 GiB maximum. */
  public static final long MAX_PART_SIZE = 256L << 20;

  /** S3 allows at most 10 000 parts, so the size limit must fit in that many. */
  public static final int MAX_PARTS = 10_000;

  public static final long DEFAULT_PART_SIZE = 8L << 20;
  public static final long DEFAULT_MAX_CONTENT_BYTES = 4L << 30;
  /** Four uploads at full speed take about 130 MiB of heap with the default part size. */
  public static final int DEFAULT_MAX_CONCURRENT_UPLOADS = 4;
  public static final Duration DEFAULT_UPLOAD_SLOT_WAIT = Duration.ofSeconds(30);

  /** Formats evidence commonly arrives in; OFD is the national electronic document format. */
  public static final Set<String> DEFAULT_MEDIA_TYPES =
      Set.of(
          "application/pdf",
          "application/ofd",
          "application/zip",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "text/plain",
          "image/jpeg",
          "image/png",
          "image/tiff",
          "audio/mpeg",
          "audio/wav",
          "video/mp4");

  public EvidenceStoreSettings {
    if (partSizeBytes < MIN_PART_SIZE || partSizeBytes > MAX_PART_SIZE) {
      throw new IllegalArgumentException("part size must be between 5 and 256 MiB");
    }
    if (maxContentBytes < 1 || maxContentBytes > partSizeBytes * MAX_PARTS) {
      throw new IllegalArgumentException(
          "size limit must be between 1 byte and part size x " + MAX_PARTS);
    }
    if (maxConcurrentUploads < 1) {
      throw new IllegalArgumentException("at least one upload must be allowed at a time");
    }
    if (uploadSlotWait == null || uploadSlotWait.isNegative()) {
      throw new IllegalArgumentException("upload slot wait must be zero or positive");
    }
    if (allowedMediaTypes == null || allowedMediaTypes.isEmpty()) {
      throw new IllegalArgumentException("at least one media type must be allowed");
    }
    allowedMediaTypes =
        allowedMediaTypes.stream()
            .map(MediaTypes::normalize)
            .collect(Collectors.toUnmodifiableSet());
  }

  public static EvidenceStoreSettings defaults() {
    return new EvidenceStoreSettings(
        DEFAULT_MAX_CONTENT_BYTES,
        DEFAULT_MEDIA_TYPES,
        DEFAULT_PART_SIZE,
        DEFAULT_MAX_CONCURRENT_UPLOADS,
        DEFAULT_UPLOAD_SLOT_WAIT);
  }

  public EvidenceStoreSettings withMaxContentBytes(long maxContentBytes) {
    return new EvidenceStoreSettings(
        maxContentBytes, allowedMediaTypes, partSizeBytes, maxConcurrentUploads, uploadSlotWait);
  }

  public EvidenceStoreSettings withAllowedMediaTypes(Set<String> allowedMediaTypes) {
    return new EvidenceStoreSettings(
        maxContentBytes, allowedMediaTypes, partSizeBytes, maxConcurrentUploads, uploadSlotWait);
  }

  public EvidenceStoreSettings withPartSizeBytes(long partSizeBytes) {
    return new EvidenceStoreSettings(
        maxContentBytes, allowedMediaTypes, partSizeBytes, maxConcurrentUploads, uploadSlotWait);
  }

  public EvidenceStoreSettings withConcurrentUploads(
      int maxConcurrentUploads, Duration uploadSlotWait) {
    return new EvidenceStoreSettings(
        maxContentBytes, allowedMediaTypes, partSizeBytes, maxConcurrentUploads, uploadSlotWait);
  }
}
