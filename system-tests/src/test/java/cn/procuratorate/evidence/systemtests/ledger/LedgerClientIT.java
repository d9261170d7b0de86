package cn.procuratorate.evidence.systemtests.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.ChainInfo;
import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.Deadlines;
import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.client.LedgerCommitException;
import cn.procuratorate.evidence.ledger.client.LedgerCommitStatusException;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEndorseException;
import cn.procuratorate.evidence.ledger.client.LedgerEventHandler;
import cn.procuratorate.evidence.ledger.client.LedgerEventStream;
import cn.procuratorate.evidence.ledger.client.TransactionOutcome;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.Probe;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the running local consortium (profiles from network/run/profiles or
 * EVIDENCE_PROFILES_DIR), brought up by network/it-up for the "consortium" profile.
 */
@Tag("consortium")
class LedgerClientIT {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, LedgerConnection> BY_AGENCY = new LinkedHashMap<>();
    private static List<ConnectionProfile> profiles;

    @BeforeAll
    static void connectToEveryAgency() {
        profiles = ProfileDirectory.locate().allAgencies();
        assertThat(profiles).as("agency profiles with a ledger section")
                .isNotEmpty().allMatch(p -> p.ledger().isPresent());
        assertThat(profiles).as("every agency's peer listens").allMatch(LedgerClientIT::peerListens);
        for (ConnectionProfile profile : profiles) {
            registerAgency(profile);
            BY_AGENCY.put(profile.agency(), LedgerConnection.open(profile));
        }
    }

    /** Agencies register themselves with their admin identity; doing it again is a no-op. */
    private static void registerAgency(ConnectionProfile profile) {
        try (LedgerConnection admin = LedgerConnection.open(profile, profile.requireAdmin(), Deadlines.defaults())) {
            admin.agencies().register(profile.mspId(), profile.displayName(), profile.kind());
        }
    }

    @AfterAll
    static void close() {
        BY_AGENCY.values().forEach(LedgerConnection::close);
    }

    private static LedgerConnection police() {
        return BY_AGENCY.get("police");
    }

    private static LedgerConnection agency(String name) {
        return BY_AGENCY.get(name);
    }

    @Nested
    class Consortium {
        @Test
        void aProbeSubmittedAtThePoliceIsVisibleOnEveryPeerAtTheSameHeight() {
            String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
            Committed<Void> written = police().probe().write(key, "v1");

            assertThat(written.transactionId()).isNotBlank();
            assertThat(written.blockNumber()).isPositive();
            for (ConnectionProfile profile : profiles) {
                assertThat(police().probe().readAt(profile.mspId(), key)).as(profile.agency()).contains("v1");
                assertThat(agency(profile.agency()).probe().read(key)).as(profile.agency()).contains("v1");
            }
            awaitSameHeightEverywhere(written.blockNumber() + 1);
        }

        @Test
        void oneAgencyAloneCannotSatisfyTheMajorityPolicyAndChangesNothing() {
            String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
            police().probe().write(key, "before");

            assertThatThrownBy(() -> police().transactions().submitEndorsedBy(List.of(police().mspId()),
                    Probe.NAME, Probe.WRITE_PROBE, key, "after"))
                    .isInstanceOfSatisfying(LedgerCommitException.class, e -> {
                        assertThat(e.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(police().reconcile(e.transactionId()).status())
                                .isEqualTo(TransactionOutcome.Status.INVALIDATED);
                    });
            assertThat(police().probe().read(key)).contains("before");
        }

        @Test
        void oneGatewayReportsTheHeightOfEveryAgencysPeer() {
            for (ConnectionProfile profile : profiles) {
                assertThat(police().chainInfo(profile.mspId()).height()).as(profile.agency()).isPositive();
            }
        }
    }

    @Nested
    class Reconciliation {
        @Test
        void aLostCommitStatusIsReconciledToTheCommitInsteadOfResubmitted() {
            ConnectionProfile profile = police().profile();
            String key = "it-" + UUID.randomUUID().toString().substring(0, 8);
            Deadlines impatient = Deadlines.defaults().withCommitStatus(Duration.ofMillis(1));
            try (LedgerConnection hurried = LedgerConnection.open(profile, profile.requireLedger().client(), impatient)) {
                LedgerCommitStatusException lost = org.junit.jupiter.api.Assertions.assertThrows(
                        LedgerCommitStatusException.class, () -> hurried.probe().write(key, "once"));
                assertThat(lost.outcomeUncertain()).isTrue();
                assertThat(lost.isTimeout()).isTrue();

                TransactionOutcome outcome = hurried.reconcile(lost.transactionId());

                assertThat(outcome.isCommitted()).isTrue();
                assertThat(outcome.mayResubmit()).isFalse();
                assertThat(outcome.blockNumber()).isPresent();
            }
            assertThat(police().probe().read(key)).contains("once");
        }

        @Test
        void anUnknownTransactionIsReportedUnknownAfterTheReconcileWaitOnly() {
            ConnectionProfile profile = police().profile();
            Deadlines quick = Deadlines.defaults().withReconcileWait(Duration.ofSeconds(2));
            String neverSubmitted = HexFormat.of().formatHex(randomBytes(32));
            try (LedgerConnection ledger = LedgerConnection.open(profile, profile.requireLedger().client(), quick)) {
                long started = System.nanoTime();

                TransactionOutcome outcome = ledger.reconcile(neverSubmitted);

                assertThat(outcome.status()).isEqualTo(TransactionOutcome.Status.UNKNOWN);
                assertThat(outcome.mayResubmit()).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
            }
        }
    }

    @Nested
    class EvidenceCustody {
        @Test
        void anchorsSharesReceivesAndKeepsTheTimeline() {
            EvidenceRegistration registration = newRegistration();
            Committed<Evidence> anchored = police().evidence().register(registration);

            assertThat(anchored.value().ownerMsp()).isEqualTo("PoliceMSP");
            assertThat(anchored.value().registrationTxId()).isEqualTo(anchored.transactionId());
            assertThat(police().evidence().register(registration).value()).as("same again is a no-op")
                    .isEqualTo(anchored.value());
            assertThat(police().evidence().get(registration.evidenceId())).contains(anchored.value());
            assertThat(police().evidence().findBySha256(registration.sha256())).containsExactly(anchored.value());
            assertThat(police().evidence().findBySm3(registration.sm3())).containsExactly(anchored.value());

            Committed<AccessGrant> granted = police().evidence().grant(registration.evidenceId(), "ProcuratorateMSP");
            assertThat(granted.value().holds()).isTrue();
            assertThat(police().evidence().hasAccess(registration.evidenceId(), "ProcuratorateMSP")).isTrue();
            assertThat(police().evidence().hasAccess(registration.evidenceId(), "CourtMSP")).isFalse();

            Committed<CustodyEvent> received = agency("procuratorate").evidence().receipt(registration.evidenceId(),
                    registration.sha256(), registration.sm3(), true, "hashes match", "prosecutor1");
            assertThat(received.value().type()).isEqualTo(CustodyEventType.RECEIVED);

            assertThatThrownBy(() -> agency("court").evidence().receipt(registration.evidenceId(),
                    registration.sha256(), registration.sm3(), true, "", "judge1"))
                    .isInstanceOfSatisfying(LedgerEndorseException.class, e -> {
                        assertThat(e.errorCode()).contains(ErrorCode.FORBIDDEN);
                        assertThat(e.outcomeUncertain()).isFalse();
                    });

            police().evidence().revoke(registration.evidenceId(), "ProcuratorateMSP");
            assertThat(police().evidence().timeline(registration.evidenceId()))
                    .extracting(CustodyEvent::type)
                    .containsExactly(CustodyEventType.REGISTERED, CustodyEventType.SHARED, CustodyEventType.RECEIVED,
                            CustodyEventType.REVOKED);
        }

        @Test
        void aRefusalArrivesWithItsErrorCode() {
            EvidenceRegistration registration = newRegistration();
            police().evidence().register(registration);
            EvidenceRegistration otherHashes = new EvidenceRegistration(registration.evidenceId(),
                    hex(randomBytes(32)), hex(randomBytes(32)), 10, "application/pdf", "", "officer1", "");

            assertThatThrownBy(() -> police().evidence().register(otherHashes))
                    .isInstanceOfSatisfying(LedgerEndorseException.class,
                            e -> assertThat(e.errorCode()).contains(ErrorCode.CONFLICT));
            assertThat(police().evidence().get("it-does-not-exist")).isEmpty();
        }
    }

    @Nested
    class Events {
        @TempDir
        Path dir;

        @Test
        void aRestartedStreamMissesNothingAndRepeatsNothing() throws InterruptedException {
            Path checkpoint = dir.resolve("police-events.json");
            BlockingQueue<DeliveredEvent> received = new LinkedBlockingQueue<>();
            Set<String> ourItems = ConcurrentHashMap.newKeySet();
            // Other tests may register evidence on the same ledger meanwhile: look at ours only.
            LedgerEventHandler ours = event -> {
                if (event.name().equals(LedgerEvents.EVIDENCE_REGISTERED)
                        && event.decode().evidenceIds().stream().anyMatch(ourItems::contains)) {
                    received.add(event);
                }
            };

            String first;
            // From the current height rather than "next commit": no race with the stream's start.
            long height = police().chainInfo().height();
            try (LedgerEventStream stream = LedgerEventStream.builder(police(), checkpoint, ours)
                    .startBlockWhenNoCheckpoint(height).start()) {
                EvidenceRegistration firstItem = newRegistration();
                ourItems.add(firstItem.evidenceId());
                first = police().evidence().register(firstItem).transactionId();
                assertThat(nextOf(received, first)).isNotNull();
            }

            // Committed while the stream is down.
            EvidenceRegistration second = newRegistration();
            ourItems.add(second.evidenceId());
            String secondTx = police().evidence().register(second).transactionId();
            try (LedgerEventStream restarted = LedgerEventStream.builder(police(), checkpoint, ours).start()) {
                DeliveredEvent event = received.poll(30, TimeUnit.SECONDS);
                assertThat(event).isNotNull();
                assertThat(event.transactionId()).as("nothing repeated, nothing skipped").isEqualTo(secondTx);
                assertThat(event.decode().evidenceIds()).containsExactly(second.evidenceId());
                assertThat(event.transactionId()).isNotEqualTo(first);
                assertThat(received.poll(2, TimeUnit.SECONDS)).as("nothing delivered twice").isNull();
            }
        }

        private DeliveredEvent nextOf(BlockingQueue<DeliveredEvent> queue, String tx) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                DeliveredEvent event = queue.poll(1, TimeUnit.SECONDS);
                if (event != null && event.transactionId().equals(tx)) {
                    return event;
                }
            }
            return null;
        }
    }

    private static void awaitSameHeightEverywhere(long atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            List<ChainInfo> infos = profiles.stream().map(p -> agency(p.agency()).chainInfo()).toList();
            boolean same = infos.stream().map(ChainInfo::currentBlockHash).distinct().count() == 1
                    && infos.get(0).height() >= atLeast;
            if (same) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("peers not at the same height: " + infos);
            }
            sleep(200);
        }
    }

    private static EvidenceRegistration newRegistration() {
        return new EvidenceRegistration("it-" + UUID.randomUUID(), hex(randomBytes(32)), hex(randomBytes(32)),
                1234, "application/pdf", "case-1", "officer1", "");
    }

    private static boolean peerListens(ConnectionProfile profile) {
        String[] hostPort = profile.requireLedger().peer().endpoint().split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
