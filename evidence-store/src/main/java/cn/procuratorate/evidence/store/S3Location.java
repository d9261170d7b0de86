package cn.procuratorate.evidence.store;

import java.util.Objects;

/**
 * Where an agency's evidence lives: the {@code s3} section of its connection profile
 * (docs/connection-profile.md). The credentials are the agency node's own; nothing here needs
 * the MinIO root account.
 */
public record S3Location(
    String endpoint, String region, String bucket, String accessKey, String secretKey) {

  public S3Location {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    region = region == null || region.isBlank() ? "us-east-1" : region;
  }

  /** Never prints the secret key (records would). */
  @Override
  public String toString() {
    return "S3Location[" + endpoint + ", " + region + ", bucket=" + bucket
        + ", accessKey=" + accessKey + "]";
  }
}
