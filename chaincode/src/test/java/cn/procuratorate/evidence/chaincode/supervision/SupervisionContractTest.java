package cn.procuratorate.evidence.chaincode.supervision;

import static cn.procuratorate.evidence.chaincode.testing.Consortium.COURT_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.STRANGER;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.registerEvidence;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.sha256Of;
import static cn.procuratorate.evidence.chaincode.testing.Refused.refusedWith;
import static cn.procuratorate.evidence.chaincode.testing.TestLedger.compositeKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.testing.Consortium;
import cn.procuratorate.evidence.chaincode.testing.Identity;
import cn.procuratorate.evidence.chaincode.testing.TestLedger;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SupervisionContractTest {

    private static final String SUBJECT = sha256Of("请说明不立案理由");
    private static final String ANSWER = sha256Of("不立案理由说明");

    private final TestLedger ledger = new TestLedger();
    private final SupervisionContract contract = new SupervisionContract();

    @BeforeEach
    void registerAgenciesAndEvidence() {
        Consortium.registerAgencies(ledger);
        registerEvidence(ledger, PROCURATORATE_CLIENT, "E-P", "complaint");
        registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
    }

    private static String issue(String id, String target, String kind, String replyWithin, String evidenceIds) {
        return "{\"supervisionId\":\"" + id + "\",\"targetMsp\":\"" + target + "\",\"kind\":\"" + kind + "\","
                + "\"evidenceIds\":[" + evidenceIds + "],\"subjectDigest\":\"" + SUBJECT + "\","
                + "\"replyWithin\":\"" + replyWithin + "\",\"issuedBy\":\"prosecutor.wang\"}";
    }

    private Supervision run(Identity caller, Function<Context, String> transaction) {
        return CanonicalJson.fromJson(ledger.submit(caller, transaction), Supervision.class);
    }

    private Supervision issued() {
        return run(PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                issue("S-1", POLICE, "CASE_FILING_EXPLANATION", "P7D", "\"E-P\",\"E-1\"")));
    }

    private Supervision respond() {
        return run(POLICE_CLIENT, ctx -> contract.respondSupervision(ctx, "S-1", ANSWER, "officer.li"));
    }

    private Supervision evaluate(boolean satisfied) {
        return run(PROCURATORATE_CLIENT, ctx -> contract.evaluateSupervision(ctx, "S-1", satisfied, "", "prosecutor.wang"));
    }

    private Supervision markOverdue(Identity caller) {
        return run(caller, ctx -> contract.markOverdue(ctx, "S-1"));
    }

    private Supervision escalate() {
        return run(PROCURATORATE_CLIENT, ctx -> contract.escalateSupervision(ctx, "S-1", "逾期未回复", "prosecutor.wang"));
    }

    private Supervision close() {
        return run(PROCURATORATE_CLIENT, ctx -> contract.closeSupervision(ctx, "S-1", "", "prosecutor.wang"));
    }

    private void afterTheDeadline() {
        ledger.advance(Duration.ofDays(7));
    }

    private LedgerEvent onlyEvent() {
        assertThat(ledger.lastTx().events()).hasSize(1);
        return CanonicalJson.fromBytes(ledger.lastTx().events().get(0).payload(), LedgerEvent.class);
    }

    private void refused(ErrorCode code, Identity caller, Function<Context, ?> transaction) {
        NavigableMap<String, byte[]> before = new TreeMap<>(ledger.worldState());
        refusedWith(code, () -> ledger.submit(caller, transaction));
        assertThat(ledger.worldState()).containsExactlyEntriesOf(before);
    }

    @Nested
    class IssueSupervision {

        @Test
        void byAProcuratorate_writesTheSupervisionWithADeadlineFromTheTransactionTime() {
            String tx = ledger.nextTxId();
            Instant at = ledger.nextTxTime();

            String result = ledger.submit(PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "CASE_FILING_EXPLANATION", "P7D", "\"E-P\",\"E-1\"")));

            String supervision = "{\"evidenceIds\":[\"E-P\",\"E-1\"],\"history\":[{\"actorMsp\":\"ProcuratorateMSP\","
                    + "\"actorUser\":\"prosecutor.wang\",\"at\":\"" + at + "\",\"reason\":\"\",\"status\":\"ISSUED\","
                    + "\"txId\":\"" + tx + "\"}],\"issuerMsp\":\"ProcuratorateMSP\",\"kind\":\"CASE_FILING_EXPLANATION\","
                    + "\"overdue\":false,\"replyDueAt\":\"" + at.plus(Duration.ofDays(7)) + "\",\"schemaVersion\":1,"
                    + "\"status\":\"ISSUED\",\"subjectDigest\":\"" + SUBJECT + "\",\"supervisionId\":\"S-1\","
                    + "\"targetMsp\":\"PoliceMSP\"}";
            assertThat(result).isEqualTo(supervision);
            // the procuratorate's own evidence is shared with the target; the target's needs no grant
            assertThat(ledger.lastWrites()).containsOnlyKeys(
                    compositeKey("grant", "E-P", POLICE),
                    compositeKey("custody", "E-P", "2025-03-01T08:00:06.000000000Z", tx, "0000"),
                    compositeKey("supervision", "S-1"));
            assertThat(ledger.lastWrites()).containsEntry(compositeKey("supervision", "S-1"), supervision);
            LedgerEvent event = onlyEvent();
            assertThat(event.name()).isEqualTo(LedgerEvents.SUPERVISION_ISSUED);
            assertThat(event.agencies()).containsExactly(POLICE, PROCURATORATE);
            assertThat(event.custody()).hasSize(1);
            assertThat(CanonicalJson.toJson(event.supervision())).isEqualTo(supervision);
        }

        @Test
        void countsCalendarMonthsForARecommendation() {
            ledger.advance(Duration.ofDays(30));
            Instant at = ledger.nextTxTime();

            Supervision supervision = run(PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-2", POLICE, "PROCURATORIAL_RECOMMENDATION", "P2M", "")));

            assertThat(at).isEqualTo(Instant.parse("2025-03-31T08:00:06Z"));
            assertThat(supervision.replyDueAt()).isEqualTo(Instant.parse("2025-05-31T08:00:06Z"));
            assertThat(supervision.kind()).isEqualTo(SupervisionKind.PROCURATORIAL_RECOMMENDATION);
        }

        @Test
        void whenIssuedAgainIdentically_returnsTheStoredSupervisionAndWritesNothing() {
            Supervision first = issued();

            Supervision again = issued();

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void whenTheIdIsTakenByOtherContent_refusesWithConflict() {
            issued();

            refused(ErrorCode.CONFLICT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "CORRECTION_NOTICE", "P7D", "\"E-P\",\"E-1\"")));
        }

        @Test
        void refusesAgenciesThatAreNotProcuratorates() {
            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", PROCURATORATE, "CASE_FILING_EXPLANATION", "P7D", "")));
        }

        @Test
        void refusesAnUnknownOrOwnTarget() {
            refused(ErrorCode.UNKNOWN_AGENCY, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", STRANGER, "CASE_FILING_EXPLANATION", "P7D", "")));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", PROCURATORATE, "CASE_FILING_EXPLANATION", "P7D", "")));
        }

        @Test
        void refusesMalformedRequests() {
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "CASE_FILING_EXPLANATION", "7 days", "")));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "CASE_FILING_EXPLANATION", "-P7D", "")));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "PLEASE_EXPLAIN", "P7D", "")));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "CASE_FILING_EXPLANATION", "P7D", "").replace(",\"kind\":\"CASE_FILING_EXPLANATION\"", "")));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S/1", POLICE, "CASE_FILING_EXPLANATION", "P7D", "")));
        }

        @Test
        void refusesEvidenceOfAThirdAgency() {
            registerEvidence(ledger, COURT_CLIENT, "E-C", "court-file");

            refused(ErrorCode.FORBIDDEN, PROCURATORATE_CLIENT, ctx -> contract.issueSupervision(ctx,
                    issue("S-1", POLICE, "CASE_FILING_EXPLANATION", "P7D", "\"E-C\"")));
        }
    }

    @Nested
    class RespondSupervision {

        @BeforeEach
        void issue() {
            issued();
        }

        @Test
        void byTheTargetInTime_recordsTheAnswerDigest() {
            Supervision supervision = respond();

            assertThat(supervision.status()).isEqualTo(SupervisionStatus.RESPONDED);
            assertThat(supervision.responseDigest()).isEqualTo(ANSWER);
            assertThat(supervision.overdue()).isFalse();
            assertThat(supervision.history()).last()
                    .isEqualTo(new StatusChange("RESPONDED", POLICE, "officer.li", "", ledger.lastTxId(),
                            ledger.lastTxTime()));
            assertThat(ledger.lastWrites()).containsOnlyKeys(compositeKey("supervision", "S-1"));
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.SUPERVISION_RESPONDED);
        }

        @Test
        void lateAfterOverdue_isRecordedAsLate() {
            afterTheDeadline();
            markOverdue(PROCURATORATE_CLIENT);

            Supervision supervision = respond();

            assertThat(supervision.status()).isEqualTo(SupervisionStatus.RESPONDED);
            assertThat(supervision.overdue()).isTrue();
            assertThat(supervision.history()).last().extracting(StatusChange::reason)
                    .isEqualTo("answered after the reply deadline");
        }

        @Test
        void refusesAnyoneButTheTarget() {
            refused(ErrorCode.FORBIDDEN, PROCURATORATE_CLIENT,
                    ctx -> contract.respondSupervision(ctx, "S-1", ANSWER, "prosecutor.wang"));
            refused(ErrorCode.FORBIDDEN, COURT_CLIENT, ctx -> contract.respondSupervision(ctx, "S-1", ANSWER, "judge.zhao"));
        }

        @Test
        void refusesASecondAnswer() {
            respond();

            refused(ErrorCode.INVALID_TRANSITION, POLICE_CLIENT,
                    ctx -> contract.respondSupervision(ctx, "S-1", ANSWER, "officer.li"));
        }

        @Test
        void refusesMalformedInput() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.respondSupervision(ctx, "S-1", "", "officer.li"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.respondSupervision(ctx, "S-1", ANSWER, "officer li"));
            refused(ErrorCode.NOT_FOUND, POLICE_CLIENT,
                    ctx -> contract.respondSupervision(ctx, "S-9", ANSWER, "officer.li"));
        }
    }

    @Nested
    class MarkOverdue {

        @BeforeEach
        void issue() {
            issued();
        }

        @Test
        void afterTheDeadline_eitherSideMarksItOverdue() {
            afterTheDeadline();

            Supervision supervision = markOverdue(POLICE_CLIENT);

            assertThat(supervision.status()).isEqualTo(SupervisionStatus.OVERDUE);
            assertThat(supervision.overdue()).isTrue();
            assertThat(supervision.history()).last().extracting(StatusChange::actorUser).isNull();
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.SUPERVISION_OVERDUE);
        }

        @Test
        void markingAgainChangesNothing() {
            afterTheDeadline();
            Supervision first = markOverdue(POLICE_CLIENT);

            Supervision again = markOverdue(PROCURATORATE_CLIENT);

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void refusesBeforeTheDeadline() {
            ledger.advance(Duration.ofDays(6));

            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT, ctx -> contract.markOverdue(ctx, "S-1"));
        }

        @Test
        void refusesOnceAnsweredInTime() {
            respond();
            afterTheDeadline();

            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT, ctx -> contract.markOverdue(ctx, "S-1"));
        }

        @Test
        void refusesThirdAgencies() {
            afterTheDeadline();

            refused(ErrorCode.FORBIDDEN, COURT_CLIENT, ctx -> contract.markOverdue(ctx, "S-1"));
        }
    }

    @Nested
    class EvaluateSupervision {

        @BeforeEach
        void issue() {
            issued();
        }

        @Test
        void byTheIssuerAfterAnAnswer_recordsTheVerdict() {
            respond();

            Supervision supervision = evaluate(true);

            assertThat(supervision.status()).isEqualTo(SupervisionStatus.EVALUATED);
            assertThat(supervision.satisfied()).isTrue();
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.SUPERVISION_EVALUATED);
        }

        @Test
        void refusesBeforeAnAnswer() {
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.evaluateSupervision(ctx, "S-1", true, "", "prosecutor.wang"));
        }

        @Test
        void refusesTheTarget() {
            respond();

            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT,
                    ctx -> contract.evaluateSupervision(ctx, "S-1", true, "", "officer.li"));
        }
    }

    @Nested
    class CloseSupervision {

        @BeforeEach
        void issue() {
            issued();
        }

        @Test
        void afterASatisfyingAnswer_closesWithTheWholeHistory() {
            respond();
            evaluate(true);

            Supervision supervision = close();

            assertThat(supervision.status()).isEqualTo(SupervisionStatus.CLOSED);
            assertThat(supervision.history()).extracting(StatusChange::status)
                    .containsExactly("ISSUED", "RESPONDED", "EVALUATED", "CLOSED");
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.SUPERVISION_CLOSED);
        }

        @Test
        void refusesWhileTheTargetMayStillAnswerInTime() {
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.closeSupervision(ctx, "S-1", "", "prosecutor.wang"));
        }

        @Test
        void refusesEveryStepAfterClosing() {
            respond();
            evaluate(true);
            close();
            afterTheDeadline();

            refused(ErrorCode.INVALID_TRANSITION, POLICE_CLIENT,
                    ctx -> contract.respondSupervision(ctx, "S-1", ANSWER, "officer.li"));
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT, ctx -> contract.markOverdue(ctx, "S-1"));
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.evaluateSupervision(ctx, "S-1", false, "", "prosecutor.wang"));
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.escalateSupervision(ctx, "S-1", "again", "prosecutor.wang"));
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.closeSupervision(ctx, "S-1", "", "prosecutor.wang"));
        }

        @Test
        void refusesTheTarget() {
            respond();
            evaluate(true);

            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT, ctx -> contract.closeSupervision(ctx, "S-1", "", "officer.li"));
        }
    }

    @Nested
    class EscalateSupervision {

        @BeforeEach
        void issue() {
            issued();
        }

        @Test
        void whenOverdue_escalatesAndTheTargetMayStillAnswer() {
            afterTheDeadline();
            markOverdue(POLICE_CLIENT);

            Supervision escalated = escalate();

            assertThat(escalated.status()).isEqualTo(SupervisionStatus.ESCALATED);
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.SUPERVISION_ESCALATED);
            assertThat(respond().status()).isEqualTo(SupervisionStatus.RESPONDED);
            assertThat(evaluate(false).satisfied()).isFalse();
            assertThat(escalate().history()).extracting(StatusChange::status)
                    .containsExactly("ISSUED", "OVERDUE", "ESCALATED", "RESPONDED", "EVALUATED", "ESCALATED");
        }

        @Test
        void refusesAfterASatisfyingAnswer() {
            respond();
            evaluate(true);

            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.escalateSupervision(ctx, "S-1", "more", "prosecutor.wang"));
        }

        @Test
        void refusesWithoutReasonOrByTheTarget() {
            afterTheDeadline();
            markOverdue(POLICE_CLIENT);

            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.escalateSupervision(ctx, "S-1", "", "prosecutor.wang"));
            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT,
                    ctx -> contract.escalateSupervision(ctx, "S-1", "why not", "officer.li"));
        }
    }

    @Nested
    class GetSupervision {

        @Test
        void returnsTheSupervisionToAnyRegisteredAgency() {
            Supervision supervision = issued();

            String json = ledger.evaluate(COURT_CLIENT, ctx -> contract.getSupervision(ctx, "S-1"));

            assertThat(CanonicalJson.fromJson(json, Supervision.class)).isEqualTo(supervision);
        }

        @Test
        void refusesUnknownIds() {
            refusedWith(ErrorCode.NOT_FOUND,
                    () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.getSupervision(ctx, "S-9")));
        }
    }
}
