package cn.procuratorate.evidence.systemtests.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.client.Deadlines;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEndorseException;
import cn.procuratorate.evidence.ledger.client.LedgerEventStream;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The three agencies of the running consortium as a test sees them: one ledger connection each
 * (agencies registered first; registering again is a no-op), and every lead and supervision
 * event committed since the test class started, read through a {@link LedgerEventStream} from a
 * fresh checkpoint. The ledger is shared and persistent, so tests use {@link #uniqueId} and look
 * only at their own records' events.
 */
final class ConsortiumLedgers implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration EVENT_WAIT = Duration.ofSeconds(30);

    private final Map<String, LedgerConnection> byAgency = new LinkedHashMap<>();
    private final Map<String, DeliveredEvent> eventsByTx = new ConcurrentHashMap<>();
    private final Map<String, List<DeliveredEvent>> eventsByRecord = new ConcurrentHashMap<>();
    private final LedgerEventStream stream;

    private ConsortiumLedgers(Path checkpointDir) {
        for (ConnectionProfile profile : ProfileDirectory.locate().allAgencies()) {
            Deadlines defaults = Deadlines.defaults();
            try (LedgerConnection admin = LedgerConnection.open(profile, profile.requireAdmin(), defaults)) {
                admin.agencies().register(profile.mspId(), profile.displayName(), profile.kind());
            }
            byAgency.put(profile.agency(), LedgerConnection.open(profile));
        }
        LedgerConnection police = agency("police");
        // From the current height, not "next commit": nothing committed after this line is missed.
        stream = LedgerEventStream.builder(police, checkpointDir.resolve("events.json"), this::record)
                .startBlockWhenNoCheckpoint(police.chainInfo().height())
                .start();
    }

    static ConsortiumLedgers connect(Path checkpointDir) {
        return new ConsortiumLedgers(checkpointDir);
    }

    LedgerConnection police() {
        return agency("police");
    }

    LedgerConnection procuratorate() {
        return agency("procuratorate");
    }

    LedgerConnection court() {
        return agency("court");
    }

    /**
     * A second connection of the agency that waits only a millisecond for commit statuses: every
     * submit reaches the orderer and commits, but the client never hears of it, as after a crash
     * or a network failure right after sending.
     */
    LedgerConnection losingCommitStatuses(String agency) {
        ConnectionProfile profile = agency(agency).profile();
        return LedgerConnection.open(profile, profile.requireLedger().client(),
                Deadlines.defaults().withCommitStatus(Duration.ofMillis(1)));
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Anchors an item with random hashes as the owner's own evidence, known to every peer on return. */
    Evidence registerEvidence(LedgerConnection owner) {
        EvidenceRegistration registration = new EvidenceRegistration(uniqueId("it-E"), randomHex(), randomHex(),
                2048, "application/pdf", "case-it", "officer1", "");
        return seenByAll(owner.evidence().register(registration)).value();
    }

    static String randomHex() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The event of a transaction, once the stream delivered it. */
    DeliveredEvent awaitEvent(String transactionId) {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            DeliveredEvent event = eventsByTx.get(transactionId);
            if (event != null) {
                return event;
            }
            sleep(100);
        }
        throw new AssertionError("no chaincode event for tx " + transactionId + " within " + EVENT_WAIT
                + "; stream failure: " + stream.lastFailure().map(Throwable::toString).orElse("none"));
    }

    /**
     * Names of the events about one lead or supervision, in ledger order. Complete up to the last
     * transaction whose event was awaited, because the stream delivers in ledger order.
     */
    List<String> eventNames(String recordId) {
        return eventsByRecord.getOrDefault(recordId, List.of()).stream().map(DeliveredEvent::name).toList();
    }

    /**
     * Waits until every agency's peer holds the transaction's block. A submit returns once the
     * submitting agency's own peer committed it; the next agency's step is endorsed on its own
     * peer, which may be a block behind for a moment and would then refuse the step as not yet
     * allowed. A node learns of the step from its own event stream, which only delivers what its
     * peer has committed; a test that skips the stream waits here instead.
     */
    <T> Committed<T> seenByAll(Committed<T> committed) {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        for (LedgerConnection connection : byAgency.values()) {
            while (connection.chainInfo().height() <= committed.blockNumber()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(connection + " does not have block " + committed.blockNumber());
                }
                sleep(50);
            }
        }
        return committed;
    }

    /** A refusal by the chaincode: endorsement failed with this code, so nothing can have committed. */
    static void assertRefusedByLedger(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerEndorseException.class, e -> {
            assertThat(e.errorCode()).as(e.getMessage()).contains(code);
            assertThat(e.outcomeUncertain()).isFalse();
        });
    }

    /** Refused by the client before anything was sent: a LedgerRefusal is never a stage exception. */
    static void assertRefusedBeforeSending(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerRefusal.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT)).hasMessageContaining(field);
    }

    static void sleepUntilPast(Instant instant) {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis >= 0) {
            sleep(millis + 500);
        }
    }

    private void record(DeliveredEvent event) {
        String recordId = recordIdOf(event);
        if (recordId != null) {
            eventsByRecord.computeIfAbsent(recordId, id -> new CopyOnWriteArrayList<>()).add(event);
        }
        // Last, so that whoever awaited this transaction finds the record's list complete.
        eventsByTx.put(event.transactionId(), event);
    }

    private static String recordIdOf(DeliveredEvent event) {
        LedgerEvent decoded;
        try {
            decoded = event.decode();
        } catch (RuntimeException notALedgerEvent) {
            return null; // not ours to look at, and no reason to stop the stream
        }
        return decoded.lead() != null ? decoded.lead().leadId()
                : decoded.supervision() != null ? decoded.supervision().supervisionId() : null;
    }

    private LedgerConnection agency(String name) {
        LedgerConnection connection = byAgency.get(name);
        if (connection == null) {
            throw new IllegalStateException("no profile for agency " + name + " in " + byAgency.keySet());
        }
        return connection;
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        stream.close();
        byAgency.values().forEach(LedgerConnection::close);
    }
}
