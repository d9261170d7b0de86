package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerEventStreamTest {
    private static final Duration FAST = Duration.ofMillis(10);

    @TempDir
    Path dir;

    private final FakeLedgerEvents ledger = new FakeLedgerEvents();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private LedgerEventStream stream;

    private Path checkpoint() {
        return dir.resolve("police-events.json");
    }

    private LedgerEventStream start(LedgerEventHandler handler) {
        stream = LedgerEventStream.builder(ledger, checkpoint(), handler).backoff(FAST, FAST).start();
        return stream;
    }

    private LedgerEventHandler recording() {
        return event -> handled.add(event.transactionId());
    }

    private AtomicFileCheckpointer reopenCheckpoint() throws IOException {
        return AtomicFileCheckpointer.open(checkpoint());
    }

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.close();
        }
    }

    @Nested
    class Delivery {
        @Test
        void deliversEveryEventInLedgerOrderAndCheckpointsTheLast() throws IOException {
            ledger.append(3, "t1");
            ledger.append(3, "t2");
            ledger.append(5, "t3");

            start(recording());
            await(() -> handled.size() == 3);
            stream.close();

            assertThat(handled).containsExactly("t1", "t2", "t3");
            assertThat(stream.handledCount()).isEqualTo(3);
            try (AtomicFileCheckpointer saved = reopenCheckpoint()) {
                assertThat(saved.getBlockNumber()).hasValue(5);
                assertThat(saved.getTransactionId()).contains("t3");
            }
        }

        @Test
        void keepsDeliveringEventsCommittedWhileItRuns() {
            start(recording());
            ledger.append(1, "t1");
            ledger.append(2, "t2");

            await(() -> handled.size() == 2);
            assertThat(handled).containsExactly("t1", "t2");
        }

        @Test
        void withoutACheckpointStartsFromBlockZeroByDefault() {
            start(recording());
            await(() -> ledger.opens() == 1);

            assertThat(ledger.requestedStarts()).containsExactly(OptionalLong.of(0));
        }

        @Test
        void canBeToldToIgnoreHistoryWhenItHasNoCheckpoint() {
            ledger.append(1, "old");
            stream = LedgerEventStream.builder(ledger, checkpoint(), recording())
                    .fromNextCommitWhenNoCheckpoint().backoff(FAST, FAST).start();
            await(() -> ledger.opens() == 1);
            ledger.append(2, "new");

            await(() -> handled.size() == 1);
            assertThat(handled).containsExactly("new");
        }
    }

    @Nested
    class Restart {
        @Test
        void aRestartedStreamResumesAfterTheLastHandledEventMissingNothingRepeatingNothing() {
            ledger.append(1, "t1");
            ledger.append(1, "t2");
            start(recording());
            await(() -> handled.size() == 2);
            stream.close();

            // Committed while the node was down, one of them in the same block as the last handled event.
            ledger.append(1, "t3");
            ledger.append(4, "t4");
            start(recording());
            await(() -> handled.size() == 4);

            assertThat(handled).containsExactly("t1", "t2", "t3", "t4");
        }

        @Test
        void anEventWhoseHandlerWasInterruptedByCloseIsDeliveredAgainAfterRestart() throws Exception {
            CountDownLatch inHandler = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ledger.append(1, "t1");
            ledger.append(2, "t2");
            start(event -> {
                if (event.transactionId().equals("t2")) {
                    inHandler.countDown();
                    release.await();
                    throw new IllegalStateException("node shutting down, database gone");
                }
                handled.add(event.transactionId());
            });
            assertThat(inHandler.await(5, TimeUnit.SECONDS)).isTrue();
            Thread closer = new Thread(stream::close);
            closer.start();
            release.countDown();
            closer.join(5000);

            start(recording());
            await(() -> handled.size() == 2);
            assertThat(handled).containsExactly("t1", "t2");
        }
    }

    @Nested
    class Failures {
        @Test
        void aFailingHandlerGetsTheSameEventAgainAndNothingIsSkipped() {
            ledger.append(1, "t1");
            ledger.append(2, "t2");
            ledger.append(3, "t3");
            List<String> attempts = new CopyOnWriteArrayList<>();
            start(event -> {
                attempts.add(event.transactionId());
                if (event.transactionId().equals("t2") && attempts.stream().filter("t2"::equals).count() < 3) {
                    throw new IllegalStateException("engine busy");
                }
                handled.add(event.transactionId());
            });

            await(() -> handled.size() == 3);
            assertThat(attempts).containsExactly("t1", "t2", "t2", "t2", "t3");
            assertThat(handled).containsExactly("t1", "t2", "t3");
            assertThat(stream.lastFailure()).isEmpty();
        }

        @Test
        void aDroppedConnectionIsReopenedFromTheCheckpoint() {
            ledger.append(1, "t1");
            ledger.append(2, "t2");
            ledger.append(3, "t3");
            ledger.breakStream(1, 1);

            start(recording());
            await(() -> handled.size() == 3);

            assertThat(handled).containsExactly("t1", "t2", "t3");
            assertThat(ledger.opens()).isEqualTo(2);
        }

        @Test
        void reportsTheFailureWhileItPersists() {
            ledger.append(1, "t1");
            start(event -> {
                throw new IllegalStateException("always broken");
            });

            await(() -> stream.lastFailure().isPresent());
            assertThat(stream.lastFailure().get()).hasMessage("always broken");
            assertThat(stream.handledCount()).isZero();
        }
    }

    @Nested
    class Closing {
        @Test
        void stopsAStreamWaitingForEventsAndReleasesTheCheckpoint() throws IOException {
            start(recording());
            await(() -> ledger.opens() == 1);

            long started = System.nanoTime();
            stream.close();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(stream.isRunning()).isFalse();
            try (AtomicFileCheckpointer free = reopenCheckpoint()) {
                assertThat(free.getBlockNumber()).isEmpty();
            }
        }

        @Test
        void letsARunningHandlerFinishAndCheckpointsIt() throws Exception {
            CountDownLatch inHandler = new CountDownLatch(1);
            ledger.append(1, "t1");
            start(event -> {
                inHandler.countDown();
                Thread.sleep(200);
                handled.add(event.transactionId());
            });
            assertThat(inHandler.await(5, TimeUnit.SECONDS)).isTrue();

            stream.close();

            assertThat(handled).containsExactly("t1");
            try (AtomicFileCheckpointer saved = reopenCheckpoint()) {
                assertThat(saved.getTransactionId()).contains("t1");
            }
        }

        @Test
        void stopsDuringABackoffPause() {
            ledger.append(1, "t1");
            stream = LedgerEventStream.builder(ledger, checkpoint(), event -> {
                throw new IllegalStateException("broken");
            }).backoff(Duration.ofMinutes(5), Duration.ofMinutes(5)).start();
            await(() -> stream.lastFailure().isPresent());

            stream.close();

            assertThat(stream.isRunning()).isFalse();
        }

        @Test
        void aSecondStreamOnTheSameCheckpointIsRefused() {
            start(recording());

            assertThatThrownBy(() -> LedgerEventStream.builder(ledger, checkpoint(), recording()).start())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("in use by another event stream");
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
