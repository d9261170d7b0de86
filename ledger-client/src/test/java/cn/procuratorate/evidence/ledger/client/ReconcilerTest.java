package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.CommitLookup.CommitRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private static final Duration WAIT = Duration.ofSeconds(42);

    /** The ledger as seen by the reconciler: what is in the block store, what commits while it waits. */
    private static final class FakeLookup implements CommitLookup {
        final Map<String, CommitRecord> inBlockStore = new HashMap<>();
        final Map<String, CommitRecord> commitsWhileWaiting = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        RuntimeException unreachable;

        @Override
        public Optional<CommitRecord> findCommitted(String transactionId) {
            calls.add("find " + transactionId);
            if (unreachable != null) {
                throw unreachable;
            }
            return Optional.ofNullable(inBlockStore.get(transactionId));
        }

        @Override
        public Optional<CommitRecord> awaitCommit(String transactionId, Duration wait) {
            calls.add("await " + transactionId + " " + wait);
            return Optional.ofNullable(commitsWhileWaiting.get(transactionId));
        }
    }

    private final FakeLookup ledger = new FakeLookup();
    private final Reconciler reconciler = new Reconciler(ledger, WAIT);

    @Nested
    class WhenAlreadyInABlock {
        @Test
        void validMeansCommittedAndIsNotResubmitted() {
            ledger.inBlockStore.put("tx1", new CommitRecord(12, "VALID"));

            TransactionOutcome outcome = reconciler.reconcile("tx1");

            assertThat(outcome.status()).isEqualTo(TransactionOutcome.Status.COMMITTED);
            assertThat(outcome.isCommitted()).isTrue();
            assertThat(outcome.blockNumber()).hasValue(12);
            assertThat(outcome.validationCode()).contains("VALID");
            assertThat(outcome.mayResubmit()).isFalse();
            assertThat(ledger.calls).as("no waiting for what is already known").containsExactly("find tx1");
        }

        @Test
        void invalidForAConflictWithOtherTransactionsMayBeResubmitted() {
            ledger.inBlockStore.put("tx2", new CommitRecord(13, "MVCC_READ_CONFLICT"));

            TransactionOutcome outcome = reconciler.reconcile("tx2");

            assertThat(outcome.status()).isEqualTo(TransactionOutcome.Status.INVALIDATED);
            assertThat(outcome.isCommitted()).isFalse();
            assertThat(outcome.mayResubmit()).isTrue();
        }

        @Test
        void invalidForAReasonThatWouldRecurIsNotResubmitted() {
            for (String code : List.of("ENDORSEMENT_POLICY_FAILURE", "DUPLICATE_TXID", "BAD_PAYLOAD")) {
                ledger.inBlockStore.put("tx-" + code, new CommitRecord(14, code));

                TransactionOutcome outcome = reconciler.reconcile("tx-" + code);

                assertThat(outcome.status()).as(code).isEqualTo(TransactionOutcome.Status.INVALIDATED);
                assertThat(outcome.mayResubmit()).as(code).isFalse();
            }
        }
    }

    @Nested
    class WhenNotYetInABlock {
        @Test
        void waitsTheConfiguredTimeAndReportsACommitThatArrives() {
            ledger.commitsWhileWaiting.put("tx3", new CommitRecord(15, "VALID"));

            TransactionOutcome outcome = reconciler.reconcile("tx3");

            assertThat(outcome.isCommitted()).isTrue();
            assertThat(outcome.blockNumber()).hasValue(15);
            assertThat(ledger.calls).containsExactly("find tx3", "await tx3 " + WAIT);
        }

        @Test
        void reportsUnknownWhenNothingArrivesWhichAllowsResubmission() {
            TransactionOutcome outcome = reconciler.reconcile("tx4");

            assertThat(outcome.status()).isEqualTo(TransactionOutcome.Status.UNKNOWN);
            assertThat(outcome.blockNumber()).isEmpty();
            assertThat(outcome.validationCode()).isEmpty();
            assertThat(outcome.mayResubmit()).isTrue();
            assertThat(outcome.transactionId()).isEqualTo("tx4");
        }
    }

    @Nested
    class WhenTheLedgerCannotBeAsked {
        @Test
        void failsInsteadOfCallingItUnknownBecauseUnknownWouldAllowADuplicate() {
            ledger.unreachable = new IllegalStateException("peer down");

            assertThatThrownBy(() -> reconciler.reconcile("tx5")).hasMessage("peer down");
        }

        @Test
        void needsATransactionId() {
            assertThatThrownBy(() -> reconciler.reconcile(" ")).isInstanceOf(IllegalArgumentException.class);
            assertThat(ledger.calls).isEmpty();
        }
    }
}
