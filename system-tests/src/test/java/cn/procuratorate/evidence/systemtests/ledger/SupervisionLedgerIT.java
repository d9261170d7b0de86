package cn.procuratorate.evidence.systemtests.ledger;

import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.assertRefusedBeforeSending;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.assertRefusedByLedger;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.randomHex;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.sleepUntilPast;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Supervision (立案监督) on the running consortium: the Procuratorate issues to the Police with a
 * reply deadline the ledger computes; answered in time it is evaluated and closed, unanswered it
 * is marked overdue and escalated. Every step is a transaction with its event.
 */
@Tag("consortium")
class SupervisionLedgerIT extends ConsortiumLedgerTest {
    private static final String POLICE = "PoliceMSP";

    private static SupervisionIssue toPolice(String supervisionId, List<String> evidenceIds, String replyWithin) {
        return new SupervisionIssue(supervisionId, POLICE, SupervisionKind.CASE_FILING_EXPLANATION, evidenceIds,
                randomHex(), replyWithin, "prosecutor1");
    }

    private static StatusChange lastStep(Supervision supervision) {
        return supervision.history().get(supervision.history().size() - 1);
    }

    @Nested
    class AnsweredInTime {
        @Test
        void isEvaluatedAndClosedAndThenTakesNoFurtherStep() {
            String id = uniqueId("it-S");
            Evidence file = ledgers.registerEvidence(procuratorate());

            Committed<Supervision> issued = ledgers.seenByAll(procuratorate().supervisions()
                    .issue(toPolice(id, List.of(file.evidenceId()), "PT5S")));

            StatusChange issuing = lastStep(issued.value());
            assertThat(issued.value().status()).isEqualTo(SupervisionStatus.ISSUED);
            assertThat(issuing.txId()).isEqualTo(issued.transactionId());
            assertThat(issued.value().replyDueAt()).as("transaction time + PT5S, computed by the ledger")
                    .isEqualTo(issuing.at().plus(Duration.ofSeconds(5)));
            assertThat(police().evidence().hasAccess(file.evidenceId(), POLICE)).isTrue();
            assertThat(ledgers.awaitEvent(issued.transactionId()).decode().supervision()).isEqualTo(issued.value());

            String answer = randomHex();
            Committed<Supervision> responded =
                    ledgers.seenByAll(police().supervisions().respond(id, answer, "officer1"));

            assertThat(responded.value().status()).isEqualTo(SupervisionStatus.RESPONDED);
            assertThat(responded.value().responseDigest()).isEqualTo(answer);
            assertThat(responded.value().overdue()).isFalse();
            assertThat(lastStep(responded.value()).reason()).as("not noted as late").isEmpty();
            assertThat(lastStep(responded.value()).at()).isBefore(issued.value().replyDueAt());

            Committed<Supervision> evaluated = ledgers.seenByAll(procuratorate().supervisions()
                    .evaluate(id, true, "explanation accepted", "prosecutor1"));
            assertThat(evaluated.value().status()).isEqualTo(SupervisionStatus.EVALUATED);
            assertThat(evaluated.value().satisfied()).isTrue();
            assertRefusedByLedger(ErrorCode.INVALID_TRANSITION,
                    () -> procuratorate().supervisions().escalate(id, "nothing to escalate", "prosecutor1"));

            Committed<Supervision> closed =
                    ledgers.seenByAll(procuratorate().supervisions().close(id, "", "prosecutor1"));
            assertThat(closed.value().status()).isEqualTo(SupervisionStatus.CLOSED);

            assertRefusedByLedger(ErrorCode.INVALID_TRANSITION,
                    () -> police().supervisions().respond(id, randomHex(), "officer1"));
            assertRefusedByLedger(ErrorCode.INVALID_TRANSITION,
                    () -> procuratorate().supervisions().close(id, "again", "prosecutor1"));
            assertThat(police().supervisions().get(id)).as("nothing changed after close").contains(closed.value());

            ledgers.awaitEvent(closed.transactionId());
            assertThat(ledgers.eventNames(id)).containsExactly(LedgerEvents.SUPERVISION_ISSUED,
                    LedgerEvents.SUPERVISION_RESPONDED, LedgerEvents.SUPERVISION_EVALUATED,
                    LedgerEvents.SUPERVISION_CLOSED);
        }
    }

    @Nested
    class Unanswered {
        @Test
        void isMarkedOverdueOnceByEitherSideAndEscalated() {
            String id = uniqueId("it-S");
            Committed<Supervision> issued =
                    ledgers.seenByAll(procuratorate().supervisions().issue(toPolice(id, List.of(), "PT2S")));
            sleepUntilPast(issued.value().replyDueAt());

            assertRefusedByLedger(ErrorCode.FORBIDDEN, () -> ledgers.court().supervisions().markOverdue(id));
            Committed<Supervision> overdue = ledgers.seenByAll(police().supervisions().markOverdue(id));

            assertThat(overdue.value().status()).isEqualTo(SupervisionStatus.OVERDUE);
            assertThat(overdue.value().overdue()).isTrue();
            assertThat(lastStep(overdue.value()).txId()).isEqualTo(overdue.transactionId());
            assertThat(lastStep(overdue.value()).at()).isAfterOrEqualTo(issued.value().replyDueAt());
            assertThat(ledgers.awaitEvent(overdue.transactionId()).name()).isEqualTo(LedgerEvents.SUPERVISION_OVERDUE);

            // The issuer's engine fires its own timer too: a no-op on the ledger, and the
            // idempotent call names the Police's transaction.
            assertThat(ledgers.seenByAll(procuratorate().supervisions().markOverdue(id)).value())
                    .isEqualTo(overdue.value());
            assertThat(procuratorate().idempotentSupervisions().markOverdue(id).transactionId())
                    .isEqualTo(overdue.transactionId());

            assertRefusedByLedger(ErrorCode.FORBIDDEN,
                    () -> police().supervisions().escalate(id, "not theirs to escalate", "officer1"));
            Committed<Supervision> escalated = ledgers.seenByAll(procuratorate().supervisions()
                    .escalate(id, "no explanation within the deadline", "chief1"));

            assertThat(escalated.value().status()).isEqualTo(SupervisionStatus.ESCALATED);
            assertThat(lastStep(escalated.value()).actorUser()).isEqualTo("chief1");
            ledgers.awaitEvent(escalated.transactionId());
            assertThat(ledgers.eventNames(id)).as("one SupervisionOverdue although both sides marked it")
                    .containsExactly(LedgerEvents.SUPERVISION_ISSUED, LedgerEvents.SUPERVISION_OVERDUE,
                            LedgerEvents.SUPERVISION_ESCALATED);
        }

        @Test
        void isNotOverdueBeforeItsDeadline() {
            String id = uniqueId("it-S");
            Committed<Supervision> issued =
                    ledgers.seenByAll(procuratorate().supervisions().issue(toPolice(id, List.of(), "PT1H")));

            assertRefusedByLedger(ErrorCode.INVALID_TRANSITION, () -> police().supervisions().markOverdue(id));
            assertThat(police().supervisions().get(id)).contains(issued.value());
        }
    }

    @Nested
    class Refused {
        @Test
        void onlyAProcuratorateIssues() {
            String id = uniqueId("it-S");

            assertRefusedByLedger(ErrorCode.FORBIDDEN, () -> police().supervisions().issue(new SupervisionIssue(id,
                    "ProcuratorateMSP", SupervisionKind.CASE_FILING_EXPLANATION, List.of(), "", "P7D", "officer1")));
            assertThat(procuratorate().supervisions().get(id)).isEmpty();
        }

        @Test
        void onlyTheTargetAnswersAndOnlyTheIssuerEvaluates() {
            String id = uniqueId("it-S");
            Committed<Supervision> issued =
                    ledgers.seenByAll(procuratorate().supervisions().issue(toPolice(id, List.of(), "P7D")));

            assertRefusedByLedger(ErrorCode.FORBIDDEN,
                    () -> ledgers.court().supervisions().respond(id, randomHex(), "judge1"));
            assertRefusedByLedger(ErrorCode.FORBIDDEN,
                    () -> procuratorate().supervisions().respond(id, randomHex(), "prosecutor1"));
            assertRefusedByLedger(ErrorCode.INVALID_TRANSITION,
                    () -> procuratorate().supervisions().evaluate(id, true, "", "prosecutor1"));
            assertThat(police().supervisions().get(id)).contains(issued.value());

            ledgers.seenByAll(police().supervisions().respond(id, randomHex(), "officer1"));
            assertRefusedByLedger(ErrorCode.FORBIDDEN,
                    () -> police().supervisions().evaluate(id, true, "we like it", "officer1"));
        }

        @Test
        void anUnknownTargetIsRefused() {
            String id = uniqueId("it-S");

            assertRefusedByLedger(ErrorCode.UNKNOWN_AGENCY, () -> procuratorate().supervisions().issue(
                    new SupervisionIssue(id, "TaxBureauMSP", SupervisionKind.PROCURATORIAL_RECOMMENDATION, List.of(),
                            "", "P2M", "prosecutor1")));
            assertThat(procuratorate().supervisions().get(id)).isEmpty();
        }

        @Test
        void malformedInputIsRefusedByTheClient() {
            assertRefusedBeforeSending("supervisionId", () -> procuratorate().supervisions()
                    .issue(toPolice("S/1", List.of(), "P7D")));
            assertRefusedBeforeSending("replyWithin", () -> procuratorate().supervisions()
                    .issue(toPolice(uniqueId("it-S"), List.of(), "one week")));
            assertRefusedBeforeSending("responseDigest", () -> police().supervisions()
                    .respond(uniqueId("it-S"), "not-a-digest", "officer1"));
            assertRefusedBeforeSending("supervisionId", () -> police().supervisions().markOverdue("S\n1"));
        }
    }

    @Nested
    class Retried {
        @Test
        void anIssueWhoseCommitStatusWasLostIsReconciledAndKeepsItsFirstDeadline() {
            String id = uniqueId("it-S");
            SupervisionIssue issue = toPolice(id, List.of(), "P7D");

            Committed<Supervision> issued;
            try (LedgerConnection lossy = ledgers.losingCommitStatuses("procuratorate")) {
                issued = ledgers.seenByAll(lossy.idempotentSupervisions().issue(issue));
            }
            Committed<Supervision> again = procuratorate().idempotentSupervisions().issue(issue);

            assertThat(issued.value().status()).isEqualTo(SupervisionStatus.ISSUED);
            assertThat(again.transactionId()).isEqualTo(issued.transactionId());
            assertThat(again.value().replyDueAt()).isEqualTo(issued.value().replyDueAt());

            String answer = randomHex();
            String answeredIn = ledgers.seenByAll(police().idempotentSupervisions().respond(id, answer, "officer1"))
                    .transactionId();
            assertThat(police().idempotentSupervisions().respond(id, answer, "officer1").transactionId())
                    .isEqualTo(answeredIn);
            ledgers.awaitEvent(answeredIn);
            assertThat(ledgers.eventNames(id))
                    .containsExactly(LedgerEvents.SUPERVISION_ISSUED, LedgerEvents.SUPERVISION_RESPONDED);
        }
    }
}
