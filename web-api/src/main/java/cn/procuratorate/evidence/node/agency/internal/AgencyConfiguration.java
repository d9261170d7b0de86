package cn.procuratorate.evidence.node.agency.internal;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Loads this agency's profile and every member's, once, when the node starts. */
@Configuration(proxyBeanMethods = false)
public class AgencyConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AgencyConfiguration.class);

  @Bean
  ProfileDirectory profileDirectory(Environment environment) {
    return ProfileLocation.profiles(environment);
  }

  @Bean
  AgencyNode agencyNode(Environment environment, ProfileDirectory profiles) {
    String agency = ProfileLocation.agency(environment);
    if (agency == null) {
      throw new IllegalStateException(
          "No agency chosen: set evidence.agency (env EVIDENCE_AGENCY), e.g. police");
    }
    ConnectionProfile profile = profiles.agency(agency);
    Path dataDir = ProfileLocation.dataDir(environment, agency);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the node's data directory " + dataDir, e);
    }
    log.info("agency node for {} ({}), profile {}, data in {}", agency, profile.mspId(),
        profile.source(), dataDir);
    return AgencyNode.of(profile, dataDir);
  }

  @Bean
  ConsortiumMembers consortiumMembers(ProfileDirectory profiles) {
    List<ConsortiumMember> members =
        profiles.allAgencies().stream()
            .map(
                p ->
                    new ConsortiumMember(
                        p.agency(),
                        p.mspId(),
                        p.displayName(),
                        p.node().map(ConnectionProfile.Node::exchangePort).orElse(0),
                        p.node().map(ConnectionProfile.Node::tlsCaCertPath).orElse(null)))
            .toList();
    return new ConsortiumMembers(members);
  }
}
