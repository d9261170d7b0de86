package cn.procuratorate.evidence.store.testsupport;

import cn.procuratorate.evidence.store.S3Location;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.MinioAsyncClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the integration tests run: an agency's connection profile (docs/connection-profile.md),
 * named by {@code -Devidence.profile=...} or {@code EVIDENCE_PROFILE}, and optionally the MinIO
 * root credentials for tests that act behind the application's back (read from
 * {@code -Devidence.minioRootEnv=...}, {@code EVIDENCE_MINIO_ROOT_ENV}, or the
 * {@code minio/root.env} next to the profiles directory, as network/up lays them out).
 */
public final class ItEnvironment {

  private final Path profile;
  private final S3Location agency;
  private final S3Location root;

  private ItEnvironment(Path profile, S3Location agency, S3Location root) {
    this.profile = profile;
    this.agency = agency;
    this.root = root;
  }

  /** The environment; fails (never skips) when no profile is configured. */
  public static ItEnvironment requireConfigured() {
    String path = setting("evidence.profile", "EVIDENCE_PROFILE");
    if (path == null) {
      throw new IllegalStateException("no connection profile: set -Devidence.profile or EVIDENCE_PROFILE");
    }
    Path profile = Path.of(path).toAbsolutePath();
    S3Location agency = readS3Section(profile);
    return new ItEnvironment(profile, agency, readRoot(profile, agency).orElse(null));
  }

  public Path profile() {
    return profile;
  }

  public S3Location agency() {
    return agency;
  }

  /** The same endpoint with the MinIO root account; fails when it is unknown. */
  public S3Location requireRoot() {
    if (root == null) {
      throw new IllegalStateException("MinIO root credentials not available (root.env next to the profiles)");
    }
    return root;
  }

  public MinioAsyncClient agencyClient() {
    return client(agency);
  }

  public static MinioAsyncClient client(S3Location location) {
    return MinioAsyncClient.builder()
        .endpoint(location.endpoint())
        .region(location.region())
        .credentials(location.accessKey(), location.secretKey())
        .build();
  }

  private static S3Location readS3Section(Path profile) {
    try {
      JsonNode s3 = new ObjectMapper().readTree(profile.toFile()).required("s3");
      return new S3Location(
          s3.required("endpoint").asText(),
          s3.path("region").asText(null),
          s3.required("bucket").asText(),
          s3.required("accessKey").asText(),
          s3.required("secretKey").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read connection profile " + profile, e);
    }
  }

  private static Optional<S3Location> readRoot(Path profile, S3Location agency) {
    String configured = setting("evidence.minioRootEnv", "EVIDENCE_MINIO_ROOT_ENV");
    Path rootEnv =
        configured != null
            ? Path.of(configured)
            : profile.getParent().resolveSibling("minio").resolve("root.env");
    if (!Files.isReadable(rootEnv)) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    try {
      for (String line : Files.readAllLines(rootEnv)) {
        String trimmed = line.strip().replaceFirst("^export\\s+", "");
        int eq = trimmed.indexOf('=');
        if (eq > 0 && !trimmed.startsWith("#")) {
          values.put(trimmed.substring(0, eq), trimmed.substring(eq + 1).replaceAll("^[\"']|[\"']$", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String user = values.get("MINIO_ROOT_USER");
    String password = values.get("MINIO_ROOT_PASSWORD");
    if (user == null || password == null) {
      return Optional.empty();
    }
    return Optional.of(
        new S3Location(agency.endpoint(), agency.region(), agency.bucket(), user, password));
  }

  private static String setting(String property, String environmentVariable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable);
    }
    return value == null || value.isBlank() ? null : value;
  }
}
