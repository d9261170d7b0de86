package cn.procuratorate.evidence.store;

import java.io.IOException;

/**
 * Thrown by {@link VerifiedEvidenceStream#read} at the end of the content when the bytes just
 * read do not match the expected digests. It is an {@link IOException} so that whatever copies
 * the stream (a servlet response, {@code transferTo}) fails instead of completing normally.
 */
public final class EvidenceIntegrityIOException extends IOException {

  public EvidenceIntegrityIOException(EvidenceIntegrityException failure) {
    super(failure.getMessage(), failure);
  }

  public EvidenceIntegrityException failure() {
    return (EvidenceIntegrityException) getCause();
  }
}
