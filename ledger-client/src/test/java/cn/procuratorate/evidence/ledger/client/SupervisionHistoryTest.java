package cn.procuratorate.evidence.ledger.client;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SupervisionHistoryTest {
    private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");
    private static final String ISSUER = "ProcuratorateMSP";
    private static final String TARGET = "PoliceMSP";
    private static final String ANSWER = "a".repeat(64);
    private static final String SECOND_ANSWER = "b".repeat(64);

    private static Supervision issued() {
        return new Supervision(Supervision.SCHEMA_VERSION, "S-1", ISSUER, TARGET,
                SupervisionKind.CASE_FILING_EXPLANATION, List.of(), "", AT.plusSeconds(5), SupervisionStatus.ISSUED,
                false, null, null, List.of(change("ISSUED", ISSUER, "prosecutor1", "", "tx-issue")));
    }

    private static StatusChange change(String status, String msp, String user, String reason, String tx) {
        return new StatusChange(status, msp, user, reason, tx, AT);
    }

    private static Supervision answered(Supervision s, String digest, String tx) {
        return s.answered(digest, change("RESPONDED", TARGET, "officer1", "", tx));
    }

    @Test
    void theSameIssueIsTheFirstIssueWhateverTheRetryAsksForTheDeadline() {
        SupervisionIssue again = new SupervisionIssue("S-1", TARGET, SupervisionKind.CASE_FILING_EXPLANATION,
                List.of(), "", "P7D", "prosecutor1");

        assertThat(SupervisionHistory.issued(issued(), again, ISSUER)).contains("tx-issue");
        SupervisionIssue otherKind = new SupervisionIssue("S-1", TARGET, SupervisionKind.CORRECTION_NOTICE,
                List.of(), "", "P7D", "prosecutor1");
        assertThat(SupervisionHistory.issued(issued(), otherKind, ISSUER)).isEmpty();
    }

    @Nested
    class Answers {
        @Test
        void theSameAnswerInTheCurrentRoundIsTheEarlierTransaction() {
            Supervision s = answered(issued(), ANSWER, "tx-answer");

            assertThat(SupervisionHistory.responded(s, ANSWER, TARGET, "officer1")).contains("tx-answer");
            assertThat(SupervisionHistory.responded(s, SECOND_ANSWER, TARGET, "officer1")).isEmpty();
            assertThat(SupervisionHistory.responded(s, ANSWER, TARGET, "officer2")).isEmpty();
            assertThat(SupervisionHistory.responded(issued(), ANSWER, TARGET, "officer1")).isEmpty();
        }

        @Test
        void anAnswerFromBeforeAnEscalationDoesNotCountForTheNextRound() {
            Supervision escalated = answered(issued(), ANSWER, "tx-answer")
                    .evaluated(false, change("EVALUATED", ISSUER, "prosecutor1", "not enough", "tx-eval"))
                    .moveTo(SupervisionStatus.ESCALATED, change("ESCALATED", ISSUER, "prosecutor1", "again", "tx-esc"));

            assertThat(SupervisionHistory.responded(escalated, ANSWER, TARGET, "officer1"))
                    .as("a new answer is due, even with the same words").isEmpty();

            Supervision answeredAgain = answered(escalated, ANSWER, "tx-answer-2");
            assertThat(SupervisionHistory.responded(answeredAgain, ANSWER, TARGET, "officer1")).contains("tx-answer-2");
        }

        @Test
        void aLateAnswerStillCountsAsTheAnswer() {
            Supervision late = issued()
                    .moveTo(SupervisionStatus.OVERDUE, change("OVERDUE", TARGET, null, "reply deadline passed", "tx-o"))
                    .answered(ANSWER, change("RESPONDED", TARGET, "officer1", "answered after the reply deadline",
                            "tx-late"));

            assertThat(SupervisionHistory.responded(late, ANSWER, TARGET, "officer1")).contains("tx-late");
        }
    }

    @Test
    void overdueIsTheMarkingTransactionWhoeverMarkedIt() {
        Supervision overdue = issued()
                .moveTo(SupervisionStatus.OVERDUE, change("OVERDUE", TARGET, null, "reply deadline passed", "tx-o"));

        assertThat(SupervisionHistory.markedOverdue(overdue)).contains("tx-o");
        assertThat(SupervisionHistory.markedOverdue(answered(overdue, ANSWER, "tx-late"))).contains("tx-o");
        assertThat(SupervisionHistory.markedOverdue(issued())).isEmpty();
    }

    @Test
    void anEvaluationMatchesItsVerdictAndOnlyUntilTheNextAnswer() {
        Supervision evaluated = answered(issued(), ANSWER, "tx-answer")
                .evaluated(false, change("EVALUATED", ISSUER, "prosecutor1", "not enough", "tx-eval"));

        assertThat(SupervisionHistory.evaluated(evaluated, false, "not enough", ISSUER, "prosecutor1"))
                .contains("tx-eval");
        assertThat(SupervisionHistory.evaluated(evaluated, true, "not enough", ISSUER, "prosecutor1")).isEmpty();

        Supervision nextRound = answered(evaluated
                .moveTo(SupervisionStatus.ESCALATED, change("ESCALATED", ISSUER, "prosecutor1", "again", "tx-esc")),
                SECOND_ANSWER, "tx-answer-2");
        assertThat(SupervisionHistory.evaluated(nextRound, false, "not enough", ISSUER, "prosecutor1")).isEmpty();
    }

    @Test
    void closingAndEscalatingMatchTheirUserAndReason() {
        Supervision overdue = issued()
                .moveTo(SupervisionStatus.OVERDUE, change("OVERDUE", ISSUER, null, "reply deadline passed", "tx-o"));
        Supervision escalated = overdue
                .moveTo(SupervisionStatus.ESCALATED, change("ESCALATED", ISSUER, "chief1", "no answer", "tx-esc"));
        Supervision closed = escalated
                .moveTo(SupervisionStatus.CLOSED, change("CLOSED", ISSUER, "chief1", "", "tx-close"));

        assertThat(SupervisionHistory.escalated(escalated, "no answer", ISSUER, "chief1")).contains("tx-esc");
        assertThat(SupervisionHistory.escalated(escalated, "no answer", ISSUER, "prosecutor1")).isEmpty();
        assertThat(SupervisionHistory.escalated(overdue, "no answer", ISSUER, "chief1")).isEmpty();
        assertThat(SupervisionHistory.closed(closed, "", ISSUER, "chief1")).contains("tx-close");
        assertThat(SupervisionHistory.closed(closed, "", TARGET, "chief1")).as("another agency").isEmpty();
    }
}
