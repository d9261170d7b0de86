package cn.procuratorate.evidence.ledger.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the chaincode's events to a handler, in ledger order, from a position saved in a
 * checkpoint file, so that a node that was stopped or crashed carries on where it left off.
 *
 * <p>Each event is checkpointed only after the handler returned. A handler that throws, or a
 * broken connection, makes the stream back off (doubling up to a cap) and reopen from the
 * checkpoint, so the failed event is delivered again and nothing after it is skipped. The only
 * repeat is the one event whose handler finished just before a crash; handlers are idempotent
 * for that (see {@link LedgerEventHandler}).
 *
 * <p>One thread per stream. {@link #close()} stops it: an event whose handler is running is
 * finished and checkpointed first.
 */
public final class LedgerEventStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerEventStream.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final EventSource source;
    private final AtomicFileCheckpointer checkpointer;
    private final LedgerEventHandler handler;
    private final OptionalLong startWhenNoCheckpoint;
    private final Backoff backoff;
    private final Thread thread;
    private final Object pauseLock = new Object();
    private final AtomicLong handled = new AtomicLong();
    private volatile boolean closed;
    private volatile CloseableIterator<ChaincodeEvent> current;
    private volatile Throwable lastFailure;

    private LedgerEventStream(Builder builder, AtomicFileCheckpointer checkpointer) {
        this.source = builder.source;
        this.checkpointer = checkpointer;
        this.handler = builder.handler;
        this.startWhenNoCheckpoint = builder.startWhenNoCheckpoint;
        this.backoff = new Backoff(builder.initialBackoff, builder.maxBackoff);
        this.thread = new Thread(this::run, builder.threadName);
        this.thread.setDaemon(true);
    }

    /** A stream of this connection's chaincode events. */
    public static Builder builder(LedgerConnection connection, Path checkpointFile, LedgerEventHandler handler) {
        return new Builder(connection.eventSource(), checkpointFile, handler)
                .threadName("ledger-events-" + connection.profile().agency());
    }

    static Builder builder(EventSource source, Path checkpointFile, LedgerEventHandler handler) {
        return new Builder(source, checkpointFile, handler);
    }

    public static final class Builder {
        private final EventSource source;
        private final Path checkpointFile;
        private final LedgerEventHandler handler;
        private OptionalLong startWhenNoCheckpoint = OptionalLong.of(0);
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private String threadName = "ledger-events";

        private Builder(EventSource source, Path checkpointFile, LedgerEventHandler handler) {
            this.source = Objects.requireNonNull(source, "source");
            this.checkpointFile = Objects.requireNonNull(checkpointFile, "checkpointFile");
            this.handler = Objects.requireNonNull(handler, "handler");
        }

        /**
         * Where a node without a checkpoint starts. The default, block 0, replays the whole
         * channel's history once, so that even events from before the node's first start are seen.
         */
        public Builder startBlockWhenNoCheckpoint(long block) {
            if (block < 0) {
                throw new IllegalArgumentException("block must not be negative");
            }
            this.startWhenNoCheckpoint = OptionalLong.of(block);
            return this;
        }

        /** A node without a checkpoint starts with the next block committed and ignores history. */
        public Builder fromNextCommitWhenNoCheckpoint() {
            this.startWhenNoCheckpoint = OptionalLong.empty();
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            new Backoff(initial, max); // validates
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        public Builder threadName(String name) {
            this.threadName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Opens the checkpoint and starts delivering.
         *
         * @throws UncheckedIOException if the checkpoint is unreadable or another stream holds it
         */
        public LedgerEventStream start() {
            AtomicFileCheckpointer checkpointer;
            try {
                checkpointer = AtomicFileCheckpointer.open(checkpointFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            LedgerEventStream stream = new LedgerEventStream(this, checkpointer);
            stream.thread.start();
            return stream;
        }
    }

    private void run() {
        while (!closed) {
            try {
                deliverUntilInterrupted();
            } catch (Exception e) {
                if (closed) {
                    break;
                }
                lastFailure = e;
                Duration delay = backoff.next();
                LOG.warn("Ledger event stream failed at {}; retrying from the checkpoint in {}: {}",
                        describePosition(), delay, e.toString());
                pause(delay);
            }
        }
        closeCheckpointer();
    }

    private void deliverUntilInterrupted() throws Exception {
        try (CloseableIterator<ChaincodeEvent> events = source.open(checkpointer, startWhenNoCheckpoint)) {
            current = events;
            while (!closed && events.hasNext()) {
                ChaincodeEvent event = events.next();
                if (closed) {
                    return; // not handled, not checkpointed: delivered again after restart
                }
                handler.handle(toDelivered(event));
                checkpointer.checkpointChaincodeEvent(event);
                handled.incrementAndGet();
                lastFailure = null;
                backoff.reset();
            }
        } finally {
            current = null;
        }
        if (!closed) {
            throw new IllegalStateException("the peer ended the event stream");
        }
    }

    private static DeliveredEvent toDelivered(ChaincodeEvent event) {
        return new DeliveredEvent(event.getEventName(), event.getTransactionId(), event.getBlockNumber(),
                event.getPayload());
    }

    private void pause(Duration delay) {
        synchronized (pauseLock) {
            long deadline = System.nanoTime() + delay.toNanos();
            long remaining;
            while (!closed && (remaining = deadline - System.nanoTime()) > 0) {
                try {
                    pauseLock.wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private String describePosition() {
        return checkpointer.getBlockNumber().isPresent()
                ? "block " + checkpointer.getBlockNumber().getAsLong()
                        + checkpointer.getTransactionId().map(tx -> " after tx " + tx).orElse("")
                : "the start (no checkpoint yet)";
    }

    private void closeCheckpointer() {
        try {
            checkpointer.close();
        } catch (IOException e) {
            LOG.warn("Could not release checkpoint {}: {}", checkpointer.file(), e.toString());
        }
    }

    /** Number of events handled and checkpointed since this stream started. */
    public long handledCount() {
        return handled.get();
    }

    /** The last failure, until an event is handled successfully again; for health checks. */
    public Optional<Throwable> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /**
     * Stops delivering and releases the checkpoint. Waits for a running handler to finish, so
     * the checkpoint matches what was handled.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (pauseLock) {
            pauseLock.notifyAll();
        }
        CloseableIterator<ChaincodeEvent> events = current;
        if (events != null) {
            try {
                events.close(); // cancels the blocking read on the gRPC stream
            } catch (RuntimeException e) {
                LOG.debug("Closing the event iterator failed", e);
            }
        }
        if (Thread.currentThread() == thread) {
            return; // closed from inside a handler: the loop ends after it returns
        }
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Ledger event handler still running {} after close", CLOSE_WAIT);
        }
    }
}
