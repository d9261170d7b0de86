package cn.procuratorate.evidence.systemtests.workflow;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import cn.procuratorate.evidence.systemtests.RepoPaths;
import cn.procuratorate.evidence.systemtests.node.NodeApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The three agency nodes the workflow tests run against, on the running consortium: started once
 * for all test classes from {@code web-api/target/agency-node.jar} with fresh data directories
 * under {@code system-tests/target/workflow-nodes}, a short deadline for correction notices, and
 * ports shifted by {@code it.node.port-offset} (default 40) from the profiles'. Stopped when the
 * test JVM ends.
 */
final class WorkflowNodes {

  /** The reply period of CORRECTION_NOTICE on these nodes, short enough to pass in a test. */
  static final String SHORT_REPLY = "PT40S";

  private static WorkflowNodes shared;

  private final Path profilesDir;
  private final int offset = Integer.getInteger("it.node.port-offset", 40);
  private final Map<String, ConnectionProfile> profiles = new LinkedHashMap<>();
  private final Map<String, AgencyNodeProcess> nodes = new LinkedHashMap<>();

  private WorkflowNodes() {
    ProfileDirectory directory = ProfileDirectory.locate();
    this.profilesDir = RepoPaths.root().resolve("network/run/profiles");
    for (ConnectionProfile profile : directory.allAgencies()) {
      profiles.put(profile.agency(), profile);
    }
    Path jar = RepoPaths.root().resolve("web-api/target/agency-node.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("build the node first: mvn -pl web-api -am install -DskipTests");
    }
    Path root = RepoPaths.root().resolve("system-tests/target/workflow-nodes");
    deleteRecursively(root);
    // A copy: a rebuild of web-api during the run must not change the nodes under test.
    Path copy = root.resolve("agency-node.jar");
    try {
      Files.createDirectories(root);
      jar = Files.copy(jar, copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ConnectionProfile profile : profiles.values()) {
      Path dataDir = root.resolve(profile.agency());
      try {
        Files.createDirectories(dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      nodes.put(profile.agency(), new AgencyNodeProcess(profile, jar, dataDir, arguments(profile)));
    }
  }

  static synchronized WorkflowNodes shared() {
    if (shared == null) {
      shared = new WorkflowNodes();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.nodes.values().forEach(AgencyNodeProcess::stop)));
      shared.nodes.values().forEach(node -> node.start(shared.profilesDir));
      shared.nodes.keySet().forEach(shared::awaitHealthy);
    }
    return shared;
  }

  private List<String> arguments(ConnectionProfile profile) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=" + apiPort(profile.agency()),
        "--evidence.exchange.port=" + (profile.requireNode().exchangePort() + offset),
        "--evidence.workflow.events.replay-history=false",
        "--evidence.workflow.deadlines.supervision.correction-notice.within=" + SHORT_REPLY,
        "--evidence.workflow.deadlines.supervision.correction-notice.remind-before=PT20S"));
    for (ConnectionProfile other : profiles.values()) {
      args.add("--evidence.exchange.endpoints." + other.agency() + "=https://127.0.0.1:"
          + (other.requireNode().exchangePort() + offset));
    }
    return args;
  }

  int apiPort(String agency) {
    return profiles.get(agency).requireNode().apiPort() + offset;
  }

  NodeApi api(String agency) {
    return NodeApi.at(URI.create("http://127.0.0.1:" + apiPort(agency)), null);
  }

  ConnectionProfile profile(String agency) {
    return profiles.get(agency);
  }

  void stop(String agency) {
    nodes.get(agency).stop();
  }

  void start(String agency) {
    nodes.get(agency).start(profilesDir);
    awaitHealthy(agency);
  }

  private void awaitHealthy(String agency) {
    nodes.get(agency).awaitHealthy(URI.create("http://127.0.0.1:" + apiPort(agency)));
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + root, e);
    }
  }
}
