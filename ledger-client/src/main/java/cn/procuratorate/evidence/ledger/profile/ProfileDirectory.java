package cn.procuratorate.evidence.ledger.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The directory that holds the connection profiles.
 *
 * <p>{@value #LOCATION_VARIABLE} (system property first, then environment variable) names it
 * explicitly, as production nodes do. Otherwise it is {@code network/run/profiles} of the
 * repository, found by walking up from the working directory, because Maven runs each
 * module's tests from that module's own directory.
 */
public final class ProfileDirectory {
    public static final String LOCATION_VARIABLE = "EVIDENCE_PROFILES_DIR";
    static final Path DEFAULT_RELATIVE = Path.of("network", "run", "profiles");

    private final Path directory;

    private ProfileDirectory(Path directory) {
        this.directory = directory;
    }

    /** Locates the profiles the way every module does: explicit setting, else the repository's. */
    public static ProfileDirectory locate() {
        return locate(System.getProperty(LOCATION_VARIABLE), System.getenv(),
                Path.of(System.getProperty("user.dir")));
    }

    static ProfileDirectory locate(String systemProperty, Map<String, String> environment, Path workingDirectory) {
        Optional<String> explicit = Optional.ofNullable(systemProperty)
                .or(() -> Optional.ofNullable(environment.get(LOCATION_VARIABLE)))
                .filter(value -> !value.isBlank());
        if (explicit.isPresent()) {
            Path dir = Path.of(explicit.get()).toAbsolutePath();
            if (!Files.isDirectory(dir)) {
                throw new InvalidProfileException(LOCATION_VARIABLE + " is " + dir + ", which is not a directory");
            }
            return new ProfileDirectory(dir);
        }
        return new ProfileDirectory(walkUp(workingDirectory.toAbsolutePath()));
    }

    private static Path walkUp(Path start) {
        Path repositoryRoot = null;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(DEFAULT_RELATIVE);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            if (repositoryRoot == null && Files.isDirectory(dir.resolve("network"))) {
                repositoryRoot = dir;
            }
        }
        if (repositoryRoot != null) {
            throw new InvalidProfileException("No connection profiles in " + repositoryRoot.resolve(DEFAULT_RELATIVE)
                    + ": is the consortium up (network/up)? Or set " + LOCATION_VARIABLE + ".");
        }
        throw new InvalidProfileException("No connection profiles: " + LOCATION_VARIABLE + " is not set and no "
                + DEFAULT_RELATIVE + " exists in " + start + " or any parent directory.");
    }

    /** A given directory, e.g. a test's temporary one. */
    public static ProfileDirectory at(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new ProfileDirectory(directory.toAbsolutePath());
    }

    public Path path() {
        return directory;
    }

    /** The profile of one agency by its short name ({@code police}, not {@code PoliceMSP}). */
    public ConnectionProfile agency(String agency) {
        // The name becomes a file name: refuse anything that could step outside the directory.
        if (agency == null || !ConnectionProfile.AGENCY_NAME.matcher(agency).matches()) {
            throw new InvalidProfileException("'" + agency + "' is not an agency name ([a-z][a-z0-9-]*)");
        }
        ConnectionProfile profile = ConnectionProfile.load(directory.resolve(agency + ".json"));
        if (!profile.agency().equals(agency)) {
            throw new InvalidProfileException("Profile " + profile.source() + " is for agency '"
                    + profile.agency() + "', not '" + agency + "'");
        }
        return profile;
    }

    public ConsortiumProfile consortium() {
        return ConsortiumProfile.load(directory.resolve("consortium.json"));
    }

    /** Every member's profile, in the order {@code consortium.json} lists them. */
    public List<ConnectionProfile> allAgencies() {
        return consortium().agencies().stream().map(this::agency).toList();
    }

    /** The profile whose MSP id is given, e.g. to find the peer of the agency that sent an event. */
    public ConnectionProfile byMspId(String mspId) {
        return allAgencies().stream()
                .filter(profile -> profile.mspId().equals(mspId))
                .findFirst()
                .orElseThrow(() -> new InvalidProfileException("No agency with MSP id '" + mspId + "' in " + directory));
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
