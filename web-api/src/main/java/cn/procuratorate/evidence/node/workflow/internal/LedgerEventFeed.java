package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEventHandler;
import cn.procuratorate.evidence.ledger.client.LedgerEventStream;
import cn.procuratorate.evidence.node.workflow.WorkflowSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Feeds the ledger's chaincode events into the engine from a checkpoint in the node's data
 * directory, on one thread, once the application (and with it the engine) is up; stopped first at
 * shutdown, after the event in hand is finished and checkpointed. A node that was down reads on
 * from its checkpoint: what happened meanwhile starts or moves its processes, each once.
 */
final class LedgerEventFeed implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LedgerEventFeed.class);
  static final String START_BLOCK_FILE = "workflow-events.start-block";

  private final LedgerConnection connection;
  private final LedgerEventHandler handler;
  private final Path dataDir;
  private final WorkflowSettings.Events settings;
  private volatile LedgerEventStream stream;

  LedgerEventFeed(LedgerConnection connection, LedgerEventHandler handler, Path dataDir,
      WorkflowSettings.Events settings) {
    this.connection = connection;
    this.handler = handler;
    this.dataDir = dataDir;
    this.settings = settings;
  }

  @Override
  public void start() {
    Path checkpoint = dataDir.resolve(settings.checkpointFile());
    LedgerEventStream.Builder builder = LedgerEventStream.builder(connection, checkpoint, handler)
        .backoff(settings.retryInitial(), settings.retryMax())
        .threadName("workflow-events-" + connection.profile().agency());
    if (!settings.replayHistory() && !Files.exists(checkpoint)) {
      builder.startBlockWhenNoCheckpoint(firstStartBlock());
    }
    stream = builder.start();
    log.info("ledger events feed the workflow from checkpoint {}", checkpoint);
  }

  /**
   * The channel height at the node's first start, remembered in a file, so that a node that did
   * not handle an event before it was stopped still reads on from there, not from "now".
   */
  private long firstStartBlock() {
    Path file = dataDir.resolve(START_BLOCK_FILE);
    try {
      if (Files.exists(file)) {
        return Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim());
      }
      long height = connection.chainInfo().height();
      Files.writeString(file, Long.toString(height), StandardCharsets.US_ASCII);
      log.info("first start without history replay: ledger events from block {}", height);
      return height;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the workflow's first event block in " + file, e);
    }
  }

  @Override
  public void stop() {
    LedgerEventStream running = stream;
    if (running != null) {
      running.close();
      stream = null;
    }
  }

  @Override
  public boolean isRunning() {
    return stream != null;
  }

  /** For health: events handled since start, and the failure holding the feed up, if any. */
  LedgerEventStream stream() {
    return stream;
  }
}
