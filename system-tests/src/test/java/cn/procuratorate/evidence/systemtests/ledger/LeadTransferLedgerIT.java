package cn.procuratorate.evidence.systemtests.ledger;

import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.assertRefusedBeforeSending;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.assertRefusedByLedger;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.randomHex;
import static cn.procuratorate.evidence.systemtests.ledger.ConsortiumLedgers.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.client.LedgerCommitStatusException;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.LedgerContracts.Leads;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lead transfer (线索移送) on the running consortium: Police hands a lead with two evidence items to
 * the Procuratorate, which alone decides it, once; every step is a transaction with its event.
 */
@Tag("consortium")
class LeadTransferLedgerIT extends ConsortiumLedgerTest {
    private static final String PROCURATORATE = "ProcuratorateMSP";

    /** Police registers two items and submits a lead referring to both. */
    private static Committed<Lead> submitLeadWithTwoItems(String leadId) {
        Evidence first = ledgers.registerEvidence(police());
        Evidence second = ledgers.registerEvidence(police());
        return ledgers.seenByAll(police().leads().submit(new LeadSubmission(leadId, PROCURATORATE,
                List.of(first.evidenceId(), second.evidenceId()), randomHex(), "officer1")));
    }

    private static StatusChange lastStep(Lead lead) {
        return lead.history().get(lead.history().size() - 1);
    }

    @Nested
    class Accepted {
        @Test
        void isSharedDecidedOnceByTheReceiverAndConcludedWithEveryStepOnTheLedger() {
            String leadId = uniqueId("it-L");
            Committed<Lead> submitted = submitLeadWithTwoItems(leadId);
            List<String> items = submitted.value().evidenceIds();

            assertThat(submitted.value().status()).isEqualTo(LeadStatus.SUBMITTED);
            assertThat(submitted.value().senderMsp()).isEqualTo("PoliceMSP");
            assertThat(lastStep(submitted.value()).txId()).isEqualTo(submitted.transactionId());
            for (String item : items) {
                assertThat(police().evidence().hasAccess(item, PROCURATORATE)).as("receiver may fetch").isTrue();
                assertThat(police().evidence().hasAccess(item, "CourtMSP")).as("nobody else may").isFalse();
            }
            LedgerEvent submittedEvent = ledgers.awaitEvent(submitted.transactionId()).decode();
            assertThat(submittedEvent.name()).isEqualTo(LedgerEvents.LEAD_SUBMITTED);
            assertThat(submittedEvent.agencies()).containsExactly("PoliceMSP", PROCURATORATE);
            assertThat(submittedEvent.custody()).as("the grants, in the same transaction")
                    .extracting(CustodyEvent::type).containsExactly(CustodyEventType.SHARED, CustodyEventType.SHARED);
            assertThat(procuratorate().leads().get(leadId)).contains(submitted.value());

            Committed<Lead> accepted =
                    ledgers.seenByAll(procuratorate().leads().accept(leadId, "prosecutor1", "well founded"));

            assertThat(accepted.value().status()).isEqualTo(LeadStatus.ACCEPTED);
            assertThat(lastStep(accepted.value())).satisfies(step -> {
                assertThat(step.actorMsp()).isEqualTo(PROCURATORATE);
                assertThat(step.actorUser()).isEqualTo("prosecutor1");
                assertThat(step.reason()).isEqualTo("well founded");
                assertThat(step.txId()).isEqualTo(accepted.transactionId());
            });
            assertThat(ledgers.awaitEvent(accepted.transactionId()).name()).isEqualTo(LedgerEvents.LEAD_ACCEPTED);

            assertRefusedByLedger(ErrorCode.ALREADY_DECIDED,
                    () -> procuratorate().leads().reject(leadId, "prosecutor2", "second thoughts"));
            assertRefusedByLedger(ErrorCode.ALREADY_DECIDED,
                    () -> procuratorate().leads().accept(leadId, "prosecutor1", "well founded"));
            assertThat(police().leads().get(leadId)).as("a second decision changes nothing").contains(accepted.value());

            Committed<Lead> concluded =
                    ledgers.seenByAll(procuratorate().leads().recordOutcome(leadId, "CASE_FILED", "filed", "p1"));

            assertThat(concluded.value().status()).isEqualTo(LeadStatus.CONCLUDED);
            assertThat(concluded.value().outcome()).isEqualTo("CASE_FILED");
            assertThat(concluded.value().history()).extracting(StatusChange::status)
                    .containsExactly("SUBMITTED", "ACCEPTED", "CONCLUDED");
            DeliveredEvent concludedEvent = ledgers.awaitEvent(concluded.transactionId());
            assertThat(concludedEvent.decode().lead()).isEqualTo(concluded.value());
            assertThat(ledgers.eventNames(leadId)).as("one event per step, none for the refusals")
                    .containsExactly(LedgerEvents.LEAD_SUBMITTED, LedgerEvents.LEAD_ACCEPTED,
                            LedgerEvents.LEAD_CONCLUDED);
        }
    }

    @Nested
    class Rejected {
        @Test
        void staysRejectedAndTakesNoOutcome() {
            String leadId = uniqueId("it-L");
            submitLeadWithTwoItems(leadId);

            Committed<Lead> rejected =
                    ledgers.seenByAll(procuratorate().leads().reject(leadId, "prosecutor1", "no offence described"));

            assertThat(rejected.value().status()).isEqualTo(LeadStatus.REJECTED);
            assertThat(lastStep(rejected.value()).reason()).isEqualTo("no offence described");
            assertRefusedByLedger(ErrorCode.ALREADY_DECIDED,
                    () -> procuratorate().leads().accept(leadId, "prosecutor1", ""));
            assertRefusedByLedger(ErrorCode.INVALID_TRANSITION,
                    () -> procuratorate().leads().recordOutcome(leadId, "CASE_FILED", "", "prosecutor1"));
            assertThat(police().leads().get(leadId)).contains(rejected.value());
            assertThat(ledgers.awaitEvent(rejected.transactionId()).name()).isEqualTo(LedgerEvents.LEAD_REJECTED);
            assertThat(ledgers.eventNames(leadId))
                    .containsExactly(LedgerEvents.LEAD_SUBMITTED, LedgerEvents.LEAD_REJECTED);
        }
    }

    @Nested
    class Refused {
        @Test
        void aDecisionByAnyoneButTheReceiverIsForbiddenAndChangesNothing() {
            String leadId = uniqueId("it-L");
            Committed<Lead> submitted = submitLeadWithTwoItems(leadId);

            assertRefusedByLedger(ErrorCode.FORBIDDEN, () -> ledgers.court().leads().accept(leadId, "judge1", ""));
            assertRefusedByLedger(ErrorCode.FORBIDDEN, () -> ledgers.court().leads().reject(leadId, "judge1", "no"));
            assertRefusedByLedger(ErrorCode.FORBIDDEN, () -> police().leads().accept(leadId, "officer1", "my own"));
            assertRefusedByLedger(ErrorCode.FORBIDDEN,
                    () -> police().leads().recordOutcome(leadId, "CASE_FILED", "", "officer1"));

            assertThat(procuratorate().leads().get(leadId)).contains(submitted.value());
        }

        @Test
        void anUnknownReceiverIsRefusedAndNothingIsShared() {
            String leadId = uniqueId("it-L");
            Evidence item = ledgers.registerEvidence(police());

            assertRefusedByLedger(ErrorCode.UNKNOWN_AGENCY, () -> police().leads().submit(new LeadSubmission(
                    leadId, "TaxBureauMSP", List.of(item.evidenceId()), "", "officer1")));

            assertThat(police().leads().get(leadId)).isEmpty();
            assertThat(police().evidence().timeline(item.evidenceId())).extracting(CustodyEvent::type)
                    .containsExactly(CustodyEventType.REGISTERED);
        }

        @Test
        void evidenceOfAThirdAgencyCannotBeHandedOn() {
            Evidence courts = ledgers.registerEvidence(ledgers.court());

            assertRefusedByLedger(ErrorCode.FORBIDDEN, () -> police().leads().submit(new LeadSubmission(
                    uniqueId("it-L"), PROCURATORATE, List.of(courts.evidenceId()), "", "officer1")));
        }

        @Test
        void malformedIdsAreRefusedByTheClientAndAgainByTheChaincode() {
            assertRefusedBeforeSending("leadId", () -> police().leads().submit(
                    new LeadSubmission("../etc/passwd", PROCURATORATE, List.of(), "", "officer1")));
            assertRefusedBeforeSending("evidenceIds", () -> police().leads().submit(
                    new LeadSubmission(uniqueId("it-L"), PROCURATORATE, List.of("E 1"), "", "officer1")));
            assertRefusedBeforeSending("receiverMsp", () -> police().leads().submit(
                    new LeadSubmission(uniqueId("it-L"), "Procuratorate;MSP", List.of(), "", "officer1")));
            assertRefusedBeforeSending("leadId", () -> procuratorate().leads().accept("-L", "prosecutor1", ""));
            assertRefusedBeforeSending("decidedBy", () -> procuratorate().leads().accept("L-1", "a b", ""));

            // A client that skips the rules meets the same rules in the chaincode.
            assertRefusedByLedger(ErrorCode.INVALID_ARGUMENT, () -> procuratorate().transactions()
                    .submit(Leads.NAME, Leads.ACCEPT_LEAD, "../L-1", "prosecutor1", ""));
        }
    }

    @Nested
    class Retried {
        @Test
        void aRetryAfterALostCommitStatusAnswersWithTheFirstDecisionInsteadOfDecidingAgain() {
            String leadId = uniqueId("it-L");
            submitLeadWithTwoItems(leadId);
            LedgerCommitStatusException lost;
            try (LedgerConnection lossy = ledgers.losingCommitStatuses("procuratorate")) {
                lost = assertThrows(LedgerCommitStatusException.class,
                        () -> lossy.leads().accept(leadId, "prosecutor1", "well founded"));
            }

            // Retried at once, while the first transaction may still be on its way to a block.
            Committed<Lead> retried =
                    ledgers.seenByAll(procuratorate().idempotentLeads().accept(leadId, "prosecutor1", "well founded"));

            assertThat(retried.transactionId()).isEqualTo(lost.transactionId());
            assertThat(retried.value().status()).isEqualTo(LeadStatus.ACCEPTED);
            ledgers.awaitEvent(retried.transactionId());
            assertThat(ledgers.eventNames(leadId))
                    .containsExactly(LedgerEvents.LEAD_SUBMITTED, LedgerEvents.LEAD_ACCEPTED);
        }

        @Test
        void aDecisionWhoseCommitStatusWasLostIsReconciledAndNeverTakenTwice() {
            String leadId = uniqueId("it-L");
            Committed<Lead> submitted = submitLeadWithTwoItems(leadId);

            Committed<Lead> accepted;
            try (LedgerConnection lossy = ledgers.losingCommitStatuses("procuratorate")) {
                accepted = ledgers.seenByAll(lossy.idempotentLeads().accept(leadId, "prosecutor1", "well founded"));
            }

            assertThat(accepted.value().status()).isEqualTo(LeadStatus.ACCEPTED);
            assertThat(lastStep(accepted.value()).txId()).isEqualTo(accepted.transactionId());

            Committed<Lead> again = procuratorate().idempotentLeads().accept(leadId, "prosecutor1", "well founded");
            assertThat(again.transactionId()).as("the retry answers with the first transaction")
                    .isEqualTo(accepted.transactionId());
            assertThat(again.blockNumber()).isEqualTo(accepted.blockNumber());
            assertRefusedByLedger(ErrorCode.ALREADY_DECIDED,
                    () -> procuratorate().idempotentLeads().reject(leadId, "prosecutor1", "changed my mind"));
            assertThat(police().idempotentLeads().submit(new LeadSubmission(leadId, PROCURATORATE,
                    submitted.value().evidenceIds(), submitted.value().summaryDigest(), "officer1")).transactionId())
                    .as("a resubmitted lead answers with its submission").isEqualTo(submitted.transactionId());

            Committed<Lead> concluded = ledgers.seenByAll(procuratorate().idempotentLeads()
                    .recordOutcome(leadId, "CASE_FILED", "", "prosecutor1"));
            ledgers.awaitEvent(concluded.transactionId());
            assertThat(ledgers.eventNames(leadId)).as("accepted once, whatever the retries")
                    .containsExactly(LedgerEvents.LEAD_SUBMITTED, LedgerEvents.LEAD_ACCEPTED,
                            LedgerEvents.LEAD_CONCLUDED);
        }
    }
}
