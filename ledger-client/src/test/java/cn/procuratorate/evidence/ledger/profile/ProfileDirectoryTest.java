package cn.procuratorate.evidence.ledger.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.testing.ProfileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDirectoryTest {
    @TempDir
    Path repo;

    @Nested
    class Locate {
        @Test
        void walksUpFromAModuleDirectoryToTheRepositorysProfiles() throws IOException {
            Path profiles = Files.createDirectories(repo.resolve("network/run/profiles"));
            Path module = Files.createDirectories(repo.resolve("ledger-client/target"));

            assertThat(ProfileDirectory.locate(null, Map.of(), module).path()).isEqualTo(profiles);
        }

        @Test
        void prefersTheSystemPropertyOverTheEnvironmentOverTheRepository() throws IOException {
            Files.createDirectories(repo.resolve("network/run/profiles"));
            Path fromProperty = Files.createDirectories(repo.resolve("property"));
            Path fromEnvironment = Files.createDirectories(repo.resolve("environment"));
            Map<String, String> env = Map.of(ProfileDirectory.LOCATION_VARIABLE, fromEnvironment.toString());

            assertThat(ProfileDirectory.locate(fromProperty.toString(), env, repo).path()).isEqualTo(fromProperty);
            assertThat(ProfileDirectory.locate(null, env, repo).path()).isEqualTo(fromEnvironment);
        }

        @Test
        void refusesAnExplicitSettingThatIsNotADirectory() {
            Path missing = repo.resolve("mounted/profiles");
            Map<String, String> env = Map.of(ProfileDirectory.LOCATION_VARIABLE, missing.toString());

            assertThatThrownBy(() -> ProfileDirectory.locate(null, env, repo))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("EVIDENCE_PROFILES_DIR is " + missing);
        }

        @Test
        void saysTheConsortiumIsNotUpWhenTheRepositoryHasNoProfilesYet() throws IOException {
            Files.createDirectories(repo.resolve("network"));
            Path module = Files.createDirectories(repo.resolve("web-api"));

            assertThatThrownBy(() -> ProfileDirectory.locate(null, Map.of(), module))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("network/up")
                    .hasMessageContaining(repo.resolve("network/run/profiles").toString());
        }

        @Test
        void saysWhereItLookedWhenThereIsNoRepositoryAtAll() throws IOException {
            Path elsewhere = Files.createDirectories(repo.resolve("somewhere/else"));

            assertThatThrownBy(() -> ProfileDirectory.locate(null, Map.of(), elsewhere))
                    .hasMessageContaining("EVIDENCE_PROFILES_DIR is not set")
                    .hasMessageContaining(elsewhere.toString());
        }
    }

    @Nested
    class Profiles {
        @Test
        void loadsAnAgencyByItsShortName() {
            ProfileFiles.writeAgency(repo, "police", "PoliceMSP", "127.0.0.1:7201");

            assertThat(ProfileDirectory.at(repo).agency("police").mspId()).isEqualTo("PoliceMSP");
        }

        @Test
        void refusesANameThatCouldLeaveTheDirectory() {
            assertThatThrownBy(() -> ProfileDirectory.at(repo).agency("../etc/passwd"))
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("is not an agency name");
        }

        @Test
        void refusesAFileThatDescribesAnotherAgency() throws IOException {
            Path police = ProfileFiles.writeAgency(repo, "police", "PoliceMSP", "127.0.0.1:7201");
            Files.copy(police, repo.resolve("court.json"));

            assertThatThrownBy(() -> ProfileDirectory.at(repo).agency("court"))
                    .hasMessageContaining("is for agency 'police', not 'court'");
        }

        @Test
        void listsTheConsortiumsAgenciesInItsOrderAndFindsOneByMspId() {
            ProfileFiles.writeAgency(repo, "police", "PoliceMSP", "127.0.0.1:7201");
            ProfileFiles.writeAgency(repo, "court", "CourtMSP", "127.0.0.1:7301");
            ProfileFiles.write(repo.resolve("consortium.json"), """
                    {"channel": "evidence", "chaincode": "evidence", "agencies": ["court", "police"],
                     "s3AdminEndpoint": "http://127.0.0.1:9000"}
                    """);
            ProfileDirectory profiles = ProfileDirectory.at(repo);

            assertThat(profiles.consortium().agencies()).containsExactly("court", "police");
            assertThat(profiles.allAgencies()).extracting(ConnectionProfile::mspId).containsExactly("CourtMSP", "PoliceMSP");
            assertThat(profiles.byMspId("PoliceMSP").agency()).isEqualTo("police");
            assertThatThrownBy(() -> profiles.byMspId("ArmyMSP")).hasMessageContaining("No agency with MSP id 'ArmyMSP'");
        }

        @Test
        void refusesAConsortiumWithoutAgenciesOrWithDuplicates() {
            ProfileFiles.write(repo.resolve("consortium.json"), """
                    {"channel": "evidence", "chaincode": "evidence", "agencies": ["police", "police", "Bad Name"]}
                    """);

            assertThatThrownBy(() -> ProfileDirectory.at(repo).consortium())
                    .isInstanceOf(InvalidProfileException.class)
                    .hasMessageContaining("'police' listed twice")
                    .hasMessageContaining("is not an agency name");
        }
    }
}
