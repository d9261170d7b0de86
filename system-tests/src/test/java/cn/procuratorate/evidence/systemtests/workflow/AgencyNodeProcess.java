package cn.procuratorate.evidence.systemtests.workflow;

import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One agency node (web-api's jar) that a test started and stops, by its own process handle, never
 * by name. Its ports are the profile's plus an offset, so that it does not meet nodes other people
 * run on the profile's ports; its data directory is the test's.
 */
final class AgencyNodeProcess {

  private static final Duration START_WAIT = Duration.ofSeconds(180);

  private final ConnectionProfile profile;
  private final Path jar;
  private final Path dataDir;
  private final List<String> arguments;
  private Process process;

  AgencyNodeProcess(ConnectionProfile profile, Path jar, Path dataDir, List<String> arguments) {
    this.profile = profile;
    this.jar = jar;
    this.dataDir = dataDir;
    this.arguments = List.copyOf(arguments);
  }

  String agency() {
    return profile.agency();
  }

  /** Starts the node; {@link #awaitHealthy(URI)} tells when it serves. */
  void start(Path profilesDir) {
    if (process != null && process.isAlive()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("java", "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString()));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(agency() + ".log").toFile()));
    builder.environment().put("EVIDENCE_AGENCY", agency());
    builder.environment().put("EVIDENCE_PROFILES_DIR", profilesDir.toString());
    builder.environment().put("EVIDENCE_DATA_DIR", dataDir.toString());
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the node of " + agency(), e);
    }
  }

  void awaitHealthy(URI base) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_WAIT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the node of " + agency() + " exited with " + process.exitValue()
            + "; see " + dataDir.resolveSibling(agency() + ".log"));
      }
      try {
        HttpResponse<Void> health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("the node of " + agency() + " did not become healthy in " + START_WAIT);
  }

  /** SIGTERM, as an operator stops a node: it finishes the event in hand and checkpoints. */
  void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
