package cn.procuratorate.evidence.node.agency.internal;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives the node's ports and database location from its agency's connection profile before
 * anything binds them, so that the profile stays the one place that names them. Added last: an
 * explicit {@code server.port} or {@code spring.datasource.url} (tests, production) still wins.
 * Without {@code evidence.agency} it does nothing (slice tests).
 */
public class AgencyProfileEnvironment implements EnvironmentPostProcessor {

  static final String SOURCE_NAME = "agencyConnectionProfile";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String agency = ProfileLocation.agency(environment);
    if (agency == null) {
      return;
    }
    ConnectionProfile profile = ProfileLocation.profiles(environment).agency(agency);
    ConnectionProfile.Node node = profile.requireNode();
    Path dataDir = ProfileLocation.dataDir(environment, agency);
    Map<String, Object> derived = new HashMap<>();
    derived.put("server.port", node.apiPort());
    derived.put("evidence.exchange.port", node.exchangePort());
    derived.put("evidence.data-dir", dataDir.toString());
    // One H2 file per node; it takes a file lock, so two nodes cannot share one by mistake.
    // WRITE_DELAY=0: a commit is on disk before it returns. H2's default writes commits up to
    // 500 ms later, so a node killed right after an upload forgot the item its bucket holds.
    derived.put("spring.datasource.url",
        "jdbc:h2:file:" + dataDir.resolve("node") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, derived));
  }
}
