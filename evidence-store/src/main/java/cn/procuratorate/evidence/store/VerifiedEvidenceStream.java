package cn.procuratorate.evidence.store;

import cn.procuratorate.evidence.store.ObjectStorage.StoredObject;
import cn.procuratorate.evidence.store.digest.DualDigestInputStream;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of one stored evidence version whose digests were verified just before it was
 * opened, hashed again while they are read. The final byte is released only after the whole
 * version has been read and matched once more, so a consumer (an HTTP response with
 * {@code Content-Length: size()}) can never receive complete content that does not match: it
 * gets {@link EvidenceIntegrityIOException} instead of the end of the stream.
 */
public final class VerifiedEvidenceStream extends InputStream {

  private final String objectKey;
  private final String versionId;
  private final String mediaType;
  private final EvidenceDigests digests;
  private final long size;
  private final DualDigestInputStream hashing;
  private long delivered;
  private int heldBackByte = -1;
  private boolean verified;

  VerifiedEvidenceStream(
      String objectKey, String versionId, StoredObject stored, EvidenceDigests digests, long size) {
    this.objectKey = objectKey;
    this.versionId = versionId;
    this.mediaType = stored.mediaType();
    this.digests = digests;
    this.size = size;
    this.hashing = new DualDigestInputStream(stored.content());
  }

  public String objectKey() {
    return objectKey;
  }

  public String versionId() {
    return versionId;
  }

  /** The media type stored with the object. */
  public String mediaType() {
    return mediaType;
  }

  /** Size of the verified content: what a complete read delivers. */
  public long size() {
    return size;
  }

  /** The digests the content was verified against. */
  public EvidenceDigests digests() {
    return digests;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (delivered < size - 1) {
      int n = hashing.read(buffer, offset, (int) Math.min(length, size - 1 - delivered));
      if (n < 0) {
        throw mismatch(hashing.digests()); // shorter than verified
      }
      delivered += n;
      return n;
    }
    if (!verified) {
      readRestAndVerify();
    }
    if (heldBackByte < 0) {
      return -1;
    }
    buffer[offset] = (byte) heldBackByte;
    heldBackByte = -1;
    delivered++;
    return 1;
  }

  @Override
  public void close() throws IOException {
    hashing.close();
  }

  /** Reads what is left (one byte if nothing changed), then compares digests and size. */
  private void readRestAndVerify() throws IOException {
    long remaining = size - delivered;
    byte[] rest = new byte[2];
    int got = 0;
    int n;
    while ((n = hashing.read(rest, got, rest.length - got)) >= 0) {
      got += n;
      if (got > remaining) {
        throw mismatch(null); // longer than verified: not read further, not delivered
      }
    }
    EvidenceDigests actual = hashing.digests();
    if (got != remaining || !actual.equals(digests)) {
      throw mismatch(actual);
    }
    verified = true;
    heldBackByte = remaining == 1 ? rest[0] & 0xff : -1;
  }

  private EvidenceIntegrityIOException mismatch(EvidenceDigests actual) {
    return new EvidenceIntegrityIOException(
        new EvidenceIntegrityException(objectKey, versionId, digests, actual));
  }
}
