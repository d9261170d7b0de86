package cn.procuratorate.evidence.store;

import com.google.common.collect.ImmutableMultimap;
import io.minio.MinioAsyncClient;
import io.minio.ObjectWriteResponse;
import io.minio.PutObjectArgs;
import io.minio.UploadPartResponse;
import io.minio.messages.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Writes one object from a stream of unknown length. Parts are read on the caller's thread (the
 * SDK's own putObject reads on the common ForkJoinPool, where many slow clients would starve
 * each other and everything else on that pool) and each part is uploaded while the next one is
 * read, so hashing and network transfer overlap.
 *
 * <p>Memory: one part buffer here plus the SDK's copy of the part in flight (which it builds up in
 * a growing array), so about three part sizes at the peak, whatever the object size.
 *
 * <p>Any failure aborts the multipart upload after the part in flight has settled, so that no
 * part can land after the abort.
 */
final class StreamingObjectWriter {

  private final MinioAsyncClient client;
  private final String bucket;
  private final String region;

  StreamingObjectWriter(MinioAsyncClient client, String bucket, String region) {
    this.client = client;
    this.bucket = bucket;
    this.region = region;
  }

  /** Returns what the bucket answered to the final request (carries the version id). */
  ObjectWriteResponse write(String key, InputStream content, String mediaType, int partSize)
      throws IOException {
    // Sized by what arrives: a small file costs its own size, not a whole part buffer.
    byte[] buffer = content.readNBytes(partSize);
    int length = buffer.length;
    if (length < partSize) {
      return putSinglePart(key, buffer, length, mediaType); // small content: one request
    }
    String uploadId = startMultipart(key, mediaType);
    CompletableFuture<UploadPartResponse> inFlight = null;
    try {
      List<Part> parts = new ArrayList<>();
      inFlight = uploadPart(key, uploadId, 1, buffer, length); // the SDK copied the buffer
      while (true) {
        length = content.readNBytes(buffer, 0, partSize); // overlaps the part in flight
        parts.add(toPart(await(key, inFlight)));
        inFlight = null;
        if (length == 0) {
          break;
        }
        inFlight = uploadPart(key, uploadId, parts.size() + 1, buffer, length);
        if (length < partSize) {
          parts.add(toPart(await(key, inFlight)));
          inFlight = null;
          break;
        }
      }
      return complete(key, uploadId, parts);
    } catch (IOException | RuntimeException | Error e) {
      settle(inFlight);
      abort(key, uploadId, e);
      throw e;
    }
  }

  private ObjectWriteResponse putSinglePart(
      String key, byte[] buffer, int length, String mediaType) {
    return S3Calls.await(
        "write " + key,
        () ->
            client.putObject(
                PutObjectArgs.builder()
                    .bucket(bucket)
                    .region(region)
                    .object(key)
                    .stream(new ByteArrayInputStream(buffer, 0, length), length, -1)
                    .contentType(mediaType)
                    .build()));
  }

  private String startMultipart(String key, String mediaType) {
    return S3Calls.await(
            "start uploading " + key,
            () ->
                client.createMultipartUploadAsync(
                    bucket, region, key, ImmutableMultimap.of("Content-Type", mediaType), null))
        .result()
        .uploadId();
  }

  private CompletableFuture<UploadPartResponse> uploadPart(
      String key, String uploadId, int partNumber, byte[] buffer, int length) {
    try {
      return client.uploadPartAsync(
          bucket,
          region,
          key,
          new ByteArrayInputStream(buffer, 0, length),
          length,
          uploadId,
          partNumber,
          null,
          null);
    } catch (Exception e) {
      throw new EvidenceStorageException("failed to upload part " + partNumber + " of " + key, e);
    }
  }

  private static UploadPartResponse await(String key, CompletableFuture<UploadPartResponse> part) {
    return S3Calls.await("upload a part of " + key, () -> part);
  }

  private static Part toPart(UploadPartResponse response) {
    return new Part(response.partNumber(), response.etag());
  }

  private ObjectWriteResponse complete(String key, String uploadId, List<Part> parts) {
    return S3Calls.await(
        "complete " + key,
        () ->
            client.completeMultipartUploadAsync(
                bucket, region, key, uploadId, parts.toArray(Part[]::new), null, null));
  }

  /** Waits for a part upload to end either way, so that it cannot land after the abort. */
  private static void settle(CompletableFuture<UploadPartResponse> inFlight) {
    if (inFlight != null) {
      try {
        inFlight.join();
      } catch (RuntimeException ignored) {
        // its outcome no longer matters
      }
    }
  }

  private void abort(String key, String uploadId, Throwable cause) {
    try {
      S3Calls.await(
          "abort uploading " + key,
          () -> client.abortMultipartUploadAsync(bucket, region, key, uploadId, null, null));
    } catch (RuntimeException e) {
      cause.addSuppressed(e); // the caller's cleanup sweep tries once more
    }
  }
}
