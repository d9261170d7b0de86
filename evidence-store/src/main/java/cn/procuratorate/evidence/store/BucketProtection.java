package cn.procuratorate.evidence.store;

import java.util.List;

/**
 * What protects the evidence bucket against changes behind the node's back.
 *
 * @param exists false also when the credentials may not even see the bucket
 * @param defaultRetention {@code null} when no default retention is set
 * @param problems what could not be checked or applied (missing permission, no object lock)
 */
public record BucketProtection(
    String bucket,
    boolean exists,
    boolean versioningEnabled,
    boolean objectLockEnabled,
    RetentionPolicy defaultRetention,
    List<String> problems) {

  public BucketProtection {
    problems = List.copyOf(problems);
  }

  /** Versioning and WORM retention in force: stored versions can be neither changed nor removed. */
  public boolean fullyProtected() {
    return versioningEnabled && objectLockEnabled && defaultRetention != null;
  }
}
