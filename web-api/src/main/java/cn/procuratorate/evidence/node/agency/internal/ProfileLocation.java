package cn.procuratorate.evidence.node.agency.internal;

import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where the profiles and the node's data live: {@code evidence.profiles-dir} (or env
 * {@code EVIDENCE_PROFILES_DIR}) else the repository's {@code network/run/profiles}, found as every
 * module finds it; {@code evidence.data-dir} (or env {@code EVIDENCE_DATA_DIR}) else
 * {@code node-data/<agency>} under the working directory.
 */
final class ProfileLocation {

  static final String AGENCY = "evidence.agency";

  private ProfileLocation() {}

  static String agency(Environment environment) {
    String agency = environment.getProperty(AGENCY);
    return agency == null || agency.isBlank() ? null : agency.trim();
  }

  static ProfileDirectory profiles(Environment environment) {
    String configured =
        firstNonBlank(
            environment.getProperty("evidence.profiles-dir"),
            environment.getProperty(ProfileDirectory.LOCATION_VARIABLE));
    return configured == null ? ProfileDirectory.locate() : ProfileDirectory.at(Path.of(configured));
  }

  static Path dataDir(Environment environment, String agency) {
    String configured =
        firstNonBlank(
            environment.getProperty("evidence.data-dir"), environment.getProperty("EVIDENCE_DATA_DIR"));
    Path dir = configured == null ? Path.of("node-data", agency) : Path.of(configured);
    return dir.toAbsolutePath().normalize();
  }

  private static String firstNonBlank(String first, String second) {
    if (first != null && !first.isBlank()) {
      return first.trim();
    }
    return second == null || second.isBlank() ? null : second.trim();
  }
}
