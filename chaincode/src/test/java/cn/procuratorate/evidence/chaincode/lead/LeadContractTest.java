package cn.procuratorate.evidence.chaincode.lead;

import static cn.procuratorate.evidence.chaincode.testing.Consortium.COURT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.COURT_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.STRANGER;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.grant;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.registerEvidence;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.sha256Of;
import static cn.procuratorate.evidence.chaincode.testing.Refused.refusedWith;
import static cn.procuratorate.evidence.chaincode.testing.TestLedger.compositeKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.evidence.EvidenceContract;
import cn.procuratorate.evidence.chaincode.testing.Consortium;
import cn.procuratorate.evidence.chaincode.testing.Identity;
import cn.procuratorate.evidence.chaincode.testing.TestLedger;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadContractTest {

    private static final String SUMMARY = sha256Of("lead summary");

    private final TestLedger ledger = new TestLedger();
    private final LeadContract contract = new LeadContract();

    @BeforeEach
    void registerAgenciesAndEvidence() {
        Consortium.registerAgencies(ledger);
        registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
        registerEvidence(ledger, POLICE_CLIENT, "E-2", "file-2");
        registerEvidence(ledger, PROCURATORATE_CLIENT, "E-P", "file-p");
        registerEvidence(ledger, COURT_CLIENT, "E-C", "file-c");
    }

    private static String submission(String leadId, String receiver, String evidenceIds) {
        return "{\"leadId\":\"" + leadId + "\",\"receiverMsp\":\"" + receiver + "\",\"evidenceIds\":[" + evidenceIds
                + "],\"summaryDigest\":\"" + SUMMARY + "\",\"submittedBy\":\"officer.li\"}";
    }

    private Lead submitLead(String json) {
        return CanonicalJson.fromJson(ledger.submit(POLICE_CLIENT, ctx -> contract.submitLead(ctx, json)), Lead.class);
    }

    private Lead submitted() {
        return submitLead(submission("L-1", PROCURATORATE, "\"E-1\",\"E-2\""));
    }

    private Lead decide(Identity caller, Function<Context, String> decision) {
        return CanonicalJson.fromJson(ledger.submit(caller, decision), Lead.class);
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
    class SubmitLead {

        @Test
        void whenNew_writesTheLeadAndGrantsTheReceiverTheSendersEvidence() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String result = ledger.submit(POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "\"E-2\",\"E-1\"")));

            String lead = "{\"evidenceIds\":[\"E-2\",\"E-1\"],\"history\":[{\"actorMsp\":\"PoliceMSP\","
                    + "\"actorUser\":\"officer.li\",\"at\":\"" + at + "\",\"reason\":\"\",\"status\":\"SUBMITTED\","
                    + "\"txId\":\"" + tx + "\"}],\"leadId\":\"L-1\",\"receiverMsp\":\"ProcuratorateMSP\","
                    + "\"schemaVersion\":1,\"senderMsp\":\"PoliceMSP\",\"status\":\"SUBMITTED\","
                    + "\"summaryDigest\":\"" + SUMMARY + "\"}";
            assertThat(result).isEqualTo(lead);
            assertThat(ledger.lastWrites()).containsOnlyKeys(
                    compositeKey("grant", "E-2", PROCURATORATE),
                    compositeKey("custody", "E-2", "2025-03-01T08:00:08.000000000Z", tx, "0000"),
                    compositeKey("grant", "E-1", PROCURATORATE),
                    compositeKey("custody", "E-1", "2025-03-01T08:00:08.000000000Z", tx, "0001"),
                    compositeKey("lead", "L-1"));
            assertThat(ledger.lastWrites()).containsEntry(compositeKey("lead", "L-1"), lead);
            assertThat(ledger.lastTx().events()).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo(LedgerEvents.LEAD_SUBMITTED);
                assertThat(event.payloadText()).startsWith("{\"agencies\":[\"PoliceMSP\",\"ProcuratorateMSP\"],"
                        + "\"at\":\"" + at + "\",\"custody\":[{\"actorMsp\":\"PoliceMSP\",\"actorUser\":\"officer.li\"")
                        .endsWith("\"evidenceIds\":[\"E-1\",\"E-2\"],\"lead\":" + lead
                                + ",\"name\":\"LeadSubmitted\",\"schemaVersion\":1,\"txId\":\"" + tx + "\"}");
            });
            assertThat(onlyEvent().custody()).extracting(CustodyEvent::type, CustodyEvent::counterpartMsp)
                    .containsOnly(org.assertj.core.groups.Tuple.tuple(CustodyEventType.SHARED, PROCURATORATE));
        }

        @Test
        void grantsNothingForTheReceiversOwnEvidenceOrAGrantThatHolds() {
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);

            submitLead(submission("L-1", PROCURATORATE, "\"E-1\",\"E-P\""));

            assertThat(ledger.lastWrites()).containsOnlyKeys(compositeKey("lead", "L-1"));
            assertThat(onlyEvent().custody()).isEmpty();
        }

        @Test
        void leavesTheReceiverAbleToRecordReceipts() {
            submitted();

            boolean access = ledger.evaluate(PROCURATORATE_CLIENT,
                    ctx -> new EvidenceContract().hasAccess(ctx, "E-2", PROCURATORATE));

            assertThat(access).isTrue();
        }

        @Test
        void whenSubmittedAgainIdentically_returnsTheStoredLeadAndWritesNothing() {
            Lead first = submitted();

            Lead again = submitted();

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void whenTheIdIsTakenByOtherContent_refusesWithConflict() {
            submitted();

            refused(ErrorCode.CONFLICT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "\"E-1\"")));
            refused(ErrorCode.CONFLICT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", COURT, "\"E-1\",\"E-2\"")));
        }

        @Test
        void refusesEvidenceOfAThirdAgencyAndUnknownEvidence() {
            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "\"E-1\",\"E-C\"")));
            refused(ErrorCode.NOT_FOUND, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "\"E-9\"")));
        }

        @Test
        void refusesAnUnknownOrOwnReceiver() {
            refused(ErrorCode.UNKNOWN_AGENCY, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", STRANGER, "")));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", POLICE, "")));
        }

        @Test
        void refusesMalformedSubmissions() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L 1", PROCURATORATE, "")));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "\"E-1\",\"E-1\"")));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "").replace(SUMMARY, "x")));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "").replace("officer.li", "")));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.submitLead(ctx, "[]"));
        }

        @Test
        void refusesCallersOfUnregisteredAgencies() {
            refused(ErrorCode.UNKNOWN_AGENCY, Identity.client(STRANGER),
                    ctx -> contract.submitLead(ctx, submission("L-1", PROCURATORATE, "")));
        }
    }

    @Nested
    class AcceptLead {

        @BeforeEach
        void submit() {
            submitted();
        }

        @Test
        void byTheReceiver_recordsTheDecisionWithWhoMadeIt() {
            String tx = ledger.nextTxId();

            Lead lead = decide(PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));

            assertThat(lead.status()).isEqualTo(LeadStatus.ACCEPTED);
            assertThat(lead.history()).last().isEqualTo(new StatusChange("ACCEPTED", PROCURATORATE, "prosecutor.wang",
                    "", tx, ledger.lastTxTime()));
            assertThat(ledger.lastWrites()).containsOnlyKeys(compositeKey("lead", "L-1"));
            LedgerEvent event = onlyEvent();
            assertThat(event.name()).isEqualTo(LedgerEvents.LEAD_ACCEPTED);
            assertThat(event.agencies()).containsExactly(POLICE, PROCURATORATE);
            assertThat(event.lead()).isEqualTo(lead);
        }

        @Test
        void refusesASecondDecision() {
            decide(PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));

            refused(ErrorCode.ALREADY_DECIDED, PROCURATORATE_CLIENT,
                    ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));
            refused(ErrorCode.ALREADY_DECIDED, PROCURATORATE_CLIENT,
                    ctx -> contract.rejectLead(ctx, "L-1", "prosecutor.zhang", "changed my mind"));
        }

        @Test
        void refusesTheSenderAndThirdAgencies() {
            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "officer.li", ""));
            refused(ErrorCode.FORBIDDEN, COURT_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "judge.zhao", ""));
        }

        @Test
        void refusesUnknownLeadsAndMalformedInput() {
            refused(ErrorCode.NOT_FOUND, PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-9", "prosecutor.wang", ""));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "", ""));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", "a\u0000b"));
        }
    }

    @Nested
    class RejectLead {

        @BeforeEach
        void submit() {
            submitted();
        }

        @Test
        void byTheReceiver_recordsTheReason() {
            Lead lead = decide(PROCURATORATE_CLIENT,
                    ctx -> contract.rejectLead(ctx, "L-1", "prosecutor.wang", "不属于本院管辖"));

            assertThat(lead.status()).isEqualTo(LeadStatus.REJECTED);
            assertThat(lead.history()).last().extracting(StatusChange::reason).isEqualTo("不属于本院管辖");
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.LEAD_REJECTED);
        }

        @Test
        void refusesARejectionWithoutReason() {
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.rejectLead(ctx, "L-1", "prosecutor.wang", " "));
        }

        @Test
        void refusesASecondDecision() {
            decide(PROCURATORATE_CLIENT, ctx -> contract.rejectLead(ctx, "L-1", "prosecutor.wang", "no"));

            refused(ErrorCode.ALREADY_DECIDED, PROCURATORATE_CLIENT,
                    ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));
        }

        @Test
        void refusesTheSender() {
            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT, ctx -> contract.rejectLead(ctx, "L-1", "officer.li", "no"));
        }
    }

    @Nested
    class RecordLeadOutcome {

        @BeforeEach
        void submit() {
            submitted();
        }

        @Test
        void afterAcceptance_concludesTheLeadWithTheOutcome() {
            decide(PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));

            Lead lead = decide(PROCURATORATE_CLIENT,
                    ctx -> contract.recordLeadOutcome(ctx, "L-1", "CASE_FILED", "立案", "prosecutor.wang"));

            assertThat(lead.status()).isEqualTo(LeadStatus.CONCLUDED);
            assertThat(lead.outcome()).isEqualTo("CASE_FILED");
            assertThat(lead.history()).extracting(StatusChange::status)
                    .containsExactly("SUBMITTED", "ACCEPTED", "CONCLUDED");
            LedgerEvent event = onlyEvent();
            assertThat(event.name()).isEqualTo(LedgerEvents.LEAD_CONCLUDED);
            assertThat(event.concerns(POLICE)).isTrue();
        }

        @Test
        void refusesBeforeADecisionAfterARejectionAndTwice() {
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.recordLeadOutcome(ctx, "L-1", "CASE_FILED", "", "prosecutor.wang"));

            decide(PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));
            decide(PROCURATORATE_CLIENT, ctx -> contract.recordLeadOutcome(ctx, "L-1", "CASE_FILED", "", "prosecutor.wang"));
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.recordLeadOutcome(ctx, "L-1", "NO_CASE", "", "prosecutor.wang"));

            submitLead(submission("L-2", PROCURATORATE, ""));
            decide(PROCURATORATE_CLIENT, ctx -> contract.rejectLead(ctx, "L-2", "prosecutor.wang", "no"));
            refused(ErrorCode.INVALID_TRANSITION, PROCURATORATE_CLIENT,
                    ctx -> contract.recordLeadOutcome(ctx, "L-2", "CASE_FILED", "", "prosecutor.wang"));
        }

        @Test
        void refusesTheSenderAndMalformedOutcomes() {
            decide(PROCURATORATE_CLIENT, ctx -> contract.acceptLead(ctx, "L-1", "prosecutor.wang", ""));

            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT,
                    ctx -> contract.recordLeadOutcome(ctx, "L-1", "CASE_FILED", "", "officer.li"));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.recordLeadOutcome(ctx, "L-1", "case filed", "", "prosecutor.wang"));
        }
    }

    @Nested
    class GetLead {

        @Test
        void returnsTheLeadToAnyRegisteredAgency() {
            Lead lead = submitted();

            String json = ledger.evaluate(COURT_CLIENT, ctx -> contract.getLead(ctx, "L-1"));

            assertThat(CanonicalJson.fromJson(json, Lead.class)).isEqualTo(lead);
        }

        @Test
        void refusesUnknownAndMalformedIds() {
            refusedWith(ErrorCode.NOT_FOUND, () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.getLead(ctx, "L-9")));
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.getLead(ctx, "")));
        }
    }

    @Test
    void receiverCanReadTheSharedEvidenceTimeline() {
        submitted();

        String timeline = ledger.evaluate(PROCURATORATE_CLIENT,
                ctx -> new EvidenceContract().getCustodyTimeline(ctx, "E-1"));

        assertThat(CanonicalJson.listFromJson(timeline, CustodyEvent.class)).extracting(CustodyEvent::type)
                .containsExactly(CustodyEventType.REGISTERED, CustodyEventType.SHARED);
    }
}
