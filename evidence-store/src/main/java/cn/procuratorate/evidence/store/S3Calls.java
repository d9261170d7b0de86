package cn.procuratorate.evidence.store;

import io.minio.errors.ErrorResponseException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Runs one MinIO SDK call to completion and turns its many failure types into ours. */
final class S3Calls {

  /** S3 error codes that mean "no such object version" on a read. */
  private static final Set<String> NOT_FOUND_CODES = Set.of("NoSuchKey", "NoSuchVersion");

  interface Call<T> {
    CompletableFuture<T> start() throws Exception;
  }

  private S3Calls() {}

  static <T> T await(String what, Call<T> call) {
    try {
      return call.start().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvidenceStorageException("interrupted while trying to " + what, e);
    } catch (Exception e) {
      Throwable cause = rootOf(e);
      throw new EvidenceStorageException("failed to " + what + ": " + cause, cause);
    }
  }

  /** The S3 error code of a failure, or {@code null} when it was not an S3 error response. */
  static String errorCode(Throwable failure) {
    Throwable cause = rootOf(failure);
    return cause instanceof ErrorResponseException e ? e.errorResponse().code() : null;
  }

  static boolean isNotFound(Throwable failure) {
    return NOT_FOUND_CODES.contains(errorCode(failure));
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof ExecutionException
            || cause instanceof CompletionException
            || cause instanceof EvidenceStorageException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
