package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.LedgerException.GrpcCode;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IdempotentTransitionTest {

    /**
     * A one-record ledger: the record is the list of transaction ids that took the step, the
     * submissions follow a script (commit, or fail in a given way, possibly after committing).
     */
    private static final class FakeLedger implements IdempotentTransition.Step<List<String>> {
        final List<String> stepTakenIn = new ArrayList<>();
        final Deque<Supplier<Committed<List<String>>>> script = new ArrayDeque<>();
        final Map<String, TransactionOutcome> outcomes = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        boolean exists = true;
        int next = 1;

        @Override
        public Optional<List<String>> read() {
            calls.add("read");
            return exists ? Optional.of(List.copyOf(stepTakenIn)) : Optional.empty();
        }

        @Override
        public Optional<String> takenIn(List<String> record) {
            return record.isEmpty() ? Optional.empty() : Optional.of(record.get(0));
        }

        @Override
        public Committed<List<String>> submit() {
            calls.add("submit");
            return script.isEmpty() ? commits().get() : script.removeFirst().get();
        }

        TransactionOutcome reconcile(String txId) {
            calls.add("reconcile " + txId);
            TransactionOutcome outcome = outcomes.get(txId);
            if (outcome == null) {
                throw new IllegalStateException("peer unreachable, cannot reconcile " + txId);
            }
            return outcome;
        }

        long submissions() {
            return calls.stream().filter("submit"::equals).count();
        }

        Supplier<Committed<List<String>>> commits() {
            return () -> {
                String tx = "tx" + next++;
                stepTakenIn.add(tx);
                outcomes.put(tx, TransactionOutcome.found(tx, 100 + stepTakenIn.size(), "VALID"));
                return new Committed<>(List.copyOf(stepTakenIn), tx, 100 + stepTakenIn.size());
            };
        }

        /** Commits, but the client never hears of it. */
        Supplier<Committed<List<String>>> commitsButStatusIsLost() {
            return () -> {
                String tx = commits().get().transactionId();
                throw new LedgerCommitStatusException("commit status of tx " + tx + " timed out", tx,
                        GrpcCode.TIMEOUT, null);
            };
        }

        /** Reaches the orderer or not; the ledger ends up with the given outcome. */
        Supplier<Committed<List<String>>> statusLostWith(String validationCodeOrNullForUnknown) {
            return () -> {
                String tx = "tx" + next++;
                outcomes.put(tx, validationCodeOrNullForUnknown == null ? TransactionOutcome.unknown(tx)
                        : TransactionOutcome.found(tx, 200, validationCodeOrNullForUnknown));
                throw new LedgerCommitStatusException("commit status of tx " + tx + " timed out", tx,
                        GrpcCode.TIMEOUT, null);
            };
        }

        Supplier<Committed<List<String>>> refused(ErrorCode code) {
            return () -> {
                throw new LedgerEndorseException("endorse refused", "tx" + next++,
                        new LedgerRefusal(code, "no"), GrpcCode.OTHER, null);
            };
        }

        Supplier<Committed<List<String>>> invalidInBlock(String validationCode) {
            return () -> {
                throw new LedgerCommitException("invalid", "tx" + next++, validationCode, 300);
            };
        }

        Supplier<Committed<List<String>>> peerUnreachable() {
            return () -> {
                throw new LedgerEndorseException("unavailable", "tx" + next++, null, GrpcCode.UNAVAILABLE, null);
            };
        }
    }

    private final FakeLedger ledger = new FakeLedger();
    private final IdempotentTransition transition = new IdempotentTransition(ledger::reconcile, 3);

    @Nested
    class WhenTheRecordShowsTheStepAlready {
        @Test
        void answersWithTheEarlierTransactionAndSubmitsNothing() {
            ledger.commits().get();
            ledger.calls.clear();

            Committed<List<String>> result = transition.run(ledger);

            assertThat(result.transactionId()).isEqualTo("tx1");
            assertThat(result.blockNumber()).as("where the block store has it").isEqualTo(101);
            assertThat(result.value()).containsExactly("tx1");
            assertThat(ledger.calls).containsExactly("read", "reconcile tx1");
        }

        @Test
        void failsWhenTheLedgerDeniesTheTransactionTheRecordNames() {
            ledger.stepTakenIn.add("txGhost");
            ledger.outcomes.put("txGhost", TransactionOutcome.unknown("txGhost"));

            assertThatThrownBy(() -> transition.run(ledger)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("txGhost");
            assertThat(ledger.submissions()).isZero();
        }
    }

    @Nested
    class WhenTheStepIsDue {
        @Test
        void submitsOnceAndAnswersWithThatTransaction() {
            Committed<List<String>> result = transition.run(ledger);

            assertThat(result.transactionId()).isEqualTo("tx1");
            assertThat(ledger.calls).containsExactly("read", "submit");
        }

        @Test
        void submitsForARecordThatDoesNotExistYet() {
            ledger.exists = false;

            assertThat(transition.run(ledger).transactionId()).isEqualTo("tx1");
            assertThat(ledger.submissions()).isOne();
        }

        @Test
        void aPeerThatCannotBeReachedIsReportedAtOnceForTheCallersOwnRetry() {
            ledger.script.add(ledger.peerUnreachable());

            assertThatThrownBy(() -> transition.run(ledger)).isInstanceOfSatisfying(LedgerEndorseException.class,
                    e -> assertThat(e.isUnavailable()).isTrue());
            assertThat(ledger.submissions()).isOne();
        }
    }

    @Nested
    class WhenTheOutcomeWasLost {
        @Test
        void aCommitFoundByReconcilingIsTheAnswerAndNothingIsResubmitted() {
            ledger.script.add(ledger.commitsButStatusIsLost());

            Committed<List<String>> result = transition.run(ledger);

            assertThat(result.transactionId()).isEqualTo("tx1");
            assertThat(result.value()).containsExactly("tx1");
            assertThat(ledger.stepTakenIn).as("taken once").containsExactly("tx1");
            assertThat(ledger.calls).containsExactly("read", "submit", "reconcile tx1", "read");
        }

        @Test
        void aTransactionTheLedgerNeverGotIsSubmittedAgainAfterLookingAtTheRecordOnceMore() {
            ledger.script.add(ledger.statusLostWith(null));

            Committed<List<String>> result = transition.run(ledger);

            assertThat(result.transactionId()).isEqualTo("tx2");
            assertThat(ledger.calls).containsExactly("read", "submit", "reconcile tx1", "read", "submit");
        }

        @Test
        void aConflictWithAConcurrentTransactionIsSubmittedAgain() {
            ledger.script.add(ledger.statusLostWith("MVCC_READ_CONFLICT"));

            assertThat(transition.run(ledger).transactionId()).isEqualTo("tx2");
            assertThat(ledger.submissions()).isEqualTo(2);
        }

        @Test
        void anInvalidCommitThatWouldRecurIsReportedAndNotSubmittedAgain() {
            ledger.script.add(ledger.statusLostWith("ENDORSEMENT_POLICY_FAILURE"));

            assertThatThrownBy(() -> transition.run(ledger)).isInstanceOfSatisfying(LedgerCommitException.class, e -> {
                assertThat(e.transactionId()).isEqualTo("tx1");
                assertThat(e.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
                assertThat(e.blockNumber()).isEqualTo(200);
            });
            assertThat(ledger.submissions()).isOne();
        }

        @Test
        void aReconcileThatCannotAskTheLedgerIsReportedAndNotTakenForUnknown() {
            ledger.script.add(() -> {
                throw new LedgerCommitStatusException("lost", "txLost", GrpcCode.UNAVAILABLE, null);
            });

            assertThatThrownBy(() -> transition.run(ledger)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("txLost");
            assertThat(ledger.submissions()).isOne();
        }

        @Test
        void givesUpAfterTheLastSubmissionWithTheLastFailure() {
            ledger.script.add(ledger.statusLostWith(null));
            ledger.script.add(ledger.statusLostWith(null));
            ledger.script.add(ledger.statusLostWith(null));

            assertThatThrownBy(() -> transition.run(ledger)).isInstanceOfSatisfying(LedgerCommitStatusException.class,
                    e -> assertThat(e.transactionId()).isEqualTo("tx3"));
            assertThat(ledger.submissions()).isEqualTo(3);
        }
    }

    @Nested
    class WhenTheChaincodeRefuses {
        @Test
        void theRefusalStandsWhenTheRecordDoesNotShowTheStep() {
            ledger.script.add(ledger.refused(ErrorCode.ALREADY_DECIDED));

            assertThatThrownBy(() -> transition.run(ledger)).isInstanceOfSatisfying(LedgerEndorseException.class,
                    e -> assertThat(e.errorCode()).contains(ErrorCode.ALREADY_DECIDED));
            assertThat(ledger.calls).containsExactly("read", "submit", "read");
        }

        @Test
        void aStepTakenMeanwhileByAnEarlierAttemptIsTheAnswer() {
            // An earlier attempt still in flight commits between our read and our endorsement.
            ledger.script.add(() -> {
                ledger.commits().get();
                return ledger.refused(ErrorCode.ALREADY_DECIDED).get();
            });

            Committed<List<String>> result = transition.run(ledger);

            assertThat(result.transactionId()).isEqualTo("tx1");
            assertThat(ledger.stepTakenIn).containsExactly("tx1");
        }

        @Test
        void aConflictInTheBlockIsSubmittedAgainButNotWhatWouldFailAgain() {
            ledger.script.add(ledger.invalidInBlock("MVCC_READ_CONFLICT"));
            assertThat(transition.run(ledger).transactionId()).isEqualTo("tx2");

            FakeLedger other = new FakeLedger();
            other.script.add(other.invalidInBlock("ENDORSEMENT_POLICY_FAILURE"));
            assertThatThrownBy(() -> new IdempotentTransition(other::reconcile, 3).run(other))
                    .isInstanceOf(LedgerCommitException.class);
            assertThat(other.submissions()).isOne();
        }
    }

    @Test
    void needsAtLeastOneSubmission() {
        assertThatThrownBy(() -> new IdempotentTransition(ledger::reconcile, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
