package cn.procuratorate.evidence.chaincode.evidence;

import static cn.procuratorate.evidence.chaincode.testing.Consortium.COURT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.COURT_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.POLICE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.PROCURATORATE_CLIENT;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.STRANGER;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.grant;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.registerEvidence;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.registrationJson;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.sha256Of;
import static cn.procuratorate.evidence.chaincode.testing.Consortium.sm3Of;
import static cn.procuratorate.evidence.chaincode.testing.Refused.refusedWith;
import static cn.procuratorate.evidence.chaincode.testing.TestLedger.compositeKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.testing.Consortium;
import cn.procuratorate.evidence.chaincode.testing.Identity;
import cn.procuratorate.evidence.chaincode.testing.TestLedger;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.CustodyEventType;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceContractTest {

    private static final String SHA = sha256Of("file-1");
    private static final String SM3 = sm3Of("file-1");

    private final TestLedger ledger = new TestLedger();
    private final EvidenceContract contract = new EvidenceContract();

    @BeforeEach
    void registerAgencies() {
        Consortium.registerAgencies(ledger);
    }

    private <T> T submit(Identity caller, Function<Context, T> transaction) {
        return ledger.submit(caller, transaction);
    }

    private Evidence evidence(String id) {
        return CanonicalJson.fromJson(ledger.evaluate(POLICE_CLIENT, ctx -> contract.getEvidence(ctx, id)),
                Evidence.class);
    }

    private LedgerEvent onlyEvent() {
        assertThat(ledger.lastTx().events()).hasSize(1);
        return CanonicalJson.fromBytes(ledger.lastTx().events().get(0).payload(), LedgerEvent.class);
    }

    /** Runs a refused transaction and checks it would have changed nothing. */
    private void refused(ErrorCode code, Identity caller, Function<Context, ?> transaction) {
        NavigableMap<String, byte[]> before = new TreeMap<>(ledger.worldState());
        refusedWith(code, () -> ledger.submit(caller, transaction));
        assertThat(ledger.worldState()).containsExactlyEntriesOf(before);
    }

    @Nested
    class RegisterEvidence {

        @Test
        void whenNew_writesTheRecordBothIndexesAndACustodyEvent() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String result = submit(POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            String record = "{\"caseRef\":\"CASE-7\",\"evidenceId\":\"E-1\",\"mediaType\":\"application/pdf\","
                    + "\"metadataDigest\":\"\",\"ownerMsp\":\"PoliceMSP\",\"registeredAt\":\"" + at + "\","
                    + "\"registrationTxId\":\"" + tx + "\",\"schemaVersion\":1,\"sha256\":\"" + SHA + "\","
                    + "\"size\":4096,\"sm3\":\"" + SM3 + "\",\"uploader\":\"officer.li\"}";
            String registered = "{\"actorMsp\":\"PoliceMSP\",\"actorUser\":\"officer.li\",\"at\":\"" + at + "\","
                    + "\"evidenceId\":\"E-1\",\"schemaVersion\":1,\"txId\":\"" + tx + "\",\"type\":\"REGISTERED\"}";
            assertThat(result).isEqualTo(record);
            assertThat(ledger.lastWrites()).containsExactly(
                    Map.entry(compositeKey("evidence", "E-1"), record),
                    Map.entry(compositeKey("evidence-by-sha256", SHA, "E-1"), "\u0000"),
                    Map.entry(compositeKey("evidence-by-sm3", SM3, "E-1"), "\u0000"),
                    Map.entry(compositeKey("custody", "E-1", "2025-03-01T08:00:04.000000000Z", tx, "0000"), registered));
        }

        @Test
        void whenNew_emitsEvidenceRegisteredWithTheRecordAndItsCustodyEvent() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String record = submit(POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            assertThat(ledger.lastTx().events()).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo(LedgerEvents.EVIDENCE_REGISTERED);
                assertThat(event.payloadText()).isEqualTo("{\"agencies\":[\"PoliceMSP\"],\"at\":\"" + at + "\","
                        + "\"custody\":[{\"actorMsp\":\"PoliceMSP\",\"actorUser\":\"officer.li\",\"at\":\"" + at + "\","
                        + "\"evidenceId\":\"E-1\",\"schemaVersion\":1,\"txId\":\"" + tx + "\",\"type\":\"REGISTERED\"}],"
                        + "\"evidence\":" + record + ",\"evidenceIds\":[\"E-1\"],\"name\":\"EvidenceRegistered\","
                        + "\"schemaVersion\":1,\"txId\":\"" + tx + "\"}");
            });
        }

        @Test
        void ownerIsTheCallersAgencyAndTimeTheTransactionTimestamp() {
            Instant txTime = ledger.nextTxTime();

            submit(PROCURATORATE_CLIENT, ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            Evidence registered = evidence("E-1");
            assertThat(registered.ownerMsp()).isEqualTo(PROCURATORATE);
            assertThat(registered.registeredAt()).isEqualTo(txTime);
        }

        @Test
        void whenRegisteredAgainWithTheSameHashes_returnsTheStoredRecordAndWritesNothing() {
            String first = submit(POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            String again = submit(POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void whenRegisteredAgainWithOtherHashes_refusesWithConflict() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");

            refused(ErrorCode.CONFLICT, POLICE_CLIENT,
                    ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "other-file")));
        }

        @Test
        void whenAnotherAgencyRegistersTheSameIdAndBytes_refusesWithConflict() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");

            refused(ErrorCode.CONFLICT, COURT_CLIENT,
                    ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "\"evidenceId\":\"E-1\"=>\"evidenceId\":\"../E-1\"",
                "\"evidenceId\":\"E-1\"=>\"evidenceId\":\"\"",
                "\"size\":4096=>\"size\":-1",
                "\"size\":4096=>\"size\":0",
                "\"size\":4096=>\"size\":4096.5",
                "\"size\":4096=>\"size\":\"4096\"",
                "\"mediaType\":\"application/pdf\"=>\"mediaType\":\"PDF\"",
                "\"uploader\":\"officer.li\"=>\"uploader\":\"officer li\"",
                "\"caseRef\":\"CASE-7\"=>\"caseRef\":\"CASE/7\"",
                "\"metadataDigest\":\"\"=>\"metadataDigest\":\"abc\"",
                "\"metadataDigest\":\"\"=>\"ownerMsp\":\"CourtMSP\"",
                "\"uploader\":\"officer.li\",=>"})
        void refusesMalformedRequestsWithInvalidArgument(String edit) {
            String[] replace = edit.split("=>", -1);
            String json = registrationJson("E-1", "file-1").replace(replace[0], replace[1]);

            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, json));
        }

        @Test
        void refusesBadHashesWithInvalidArgument() {
            String upper = registrationJson("E-1", "file-1").replace(SHA, SHA.toUpperCase());
            String shortSm3 = registrationJson("E-1", "file-1").replace(SM3, SM3.substring(2));

            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, upper));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, shortSm3));
        }

        @Test
        void refusesWhatIsNotJson() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, "E-1"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.registerEvidence(ctx, ""));
        }

        @Test
        void refusesACallerFromAnUnregisteredAgency() {
            refused(ErrorCode.UNKNOWN_AGENCY, Identity.client(STRANGER),
                    ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));
        }

        @Test
        void refusesPeerIdentities() {
            refused(ErrorCode.FORBIDDEN, Identity.peer(POLICE),
                    ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));
        }

        @Test
        void acceptsAdminIdentities() {
            submit(Identity.admin(POLICE), ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            assertThat(evidence("E-1").ownerMsp()).isEqualTo(POLICE);
        }
    }

    @Nested
    class GetEvidence {

        @Test
        void returnsTheRecordToAnyRegisteredAgency() {
            String registered = submit(POLICE_CLIENT,
                    ctx -> contract.registerEvidence(ctx, registrationJson("E-1", "file-1")));

            String read = ledger.evaluate(COURT_CLIENT, ctx -> contract.getEvidence(ctx, "E-1"));

            assertThat(read).isEqualTo(registered);
        }

        @Test
        void refusesUnknownAndMalformedIds() {
            refusedWith(ErrorCode.NOT_FOUND, () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.getEvidence(ctx, "E-9")));
            refusedWith(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.getEvidence(ctx, "E 9")));
        }

        @Test
        void refusesCallersOfUnregisteredAgencies() {
            refusedWith(ErrorCode.UNKNOWN_AGENCY,
                    () -> ledger.evaluate(Identity.client(STRANGER), ctx -> contract.getEvidence(ctx, "E-1")));
        }
    }

    @Nested
    class FindByHash {

        @BeforeEach
        void registerTheSameBytesTwiceAndOthersOnce() {
            registerEvidence(ledger, POLICE_CLIENT, "E-2", "file-1");
            registerEvidence(ledger, COURT_CLIENT, "E-1", "file-1");
            registerEvidence(ledger, POLICE_CLIENT, "E-3", "file-3");
        }

        @Test
        void findsEveryItemWithTheseSha256BytesInIdOrder() {
            String json = ledger.evaluate(PROCURATORATE_CLIENT, ctx -> contract.findBySha256(ctx, SHA));

            assertThat(CanonicalJson.listFromJson(json, Evidence.class))
                    .extracting(Evidence::evidenceId, Evidence::ownerMsp)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("E-1", COURT),
                            org.assertj.core.groups.Tuple.tuple("E-2", POLICE));
        }

        @Test
        void findsEveryItemWithTheseSm3Bytes() {
            String json = ledger.evaluate(PROCURATORATE_CLIENT, ctx -> contract.findBySm3(ctx, sm3Of("file-3")));

            assertThat(CanonicalJson.listFromJson(json, Evidence.class)).extracting(Evidence::evidenceId)
                    .containsExactly("E-3");
        }

        @Test
        void returnsAnEmptyArrayForUnknownBytes() {
            String json = ledger.evaluate(PROCURATORATE_CLIENT, ctx -> contract.findBySha256(ctx, sha256Of("nothing")));

            assertThat(json).isEqualTo("[]");
        }

        @Test
        void refusesMalformedHex() {
            refusedWith(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(PROCURATORATE_CLIENT, ctx -> contract.findBySha256(ctx, SHA.toUpperCase())));
            refusedWith(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(PROCURATORATE_CLIENT, ctx -> contract.findBySm3(ctx, "abc")));
        }
    }

    @Nested
    class GrantAccess {

        @BeforeEach
        void registerPoliceEvidence() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
        }

        @Test
        void writesTheGrantAndASharedEventAndEmitsAccessGranted() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String result = submit(POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", PROCURATORATE));

            String grant = "{\"evidenceId\":\"E-1\",\"grantedAt\":\"" + at + "\",\"grantedBy\":\"PoliceMSP\","
                    + "\"granteeMsp\":\"ProcuratorateMSP\",\"schemaVersion\":1}";
            String shared = "{\"actorMsp\":\"PoliceMSP\",\"at\":\"" + at + "\",\"counterpartMsp\":\"ProcuratorateMSP\","
                    + "\"evidenceId\":\"E-1\",\"schemaVersion\":1,\"txId\":\"" + tx + "\",\"type\":\"SHARED\"}";
            assertThat(result).isEqualTo(grant);
            assertThat(ledger.lastWrites()).containsExactly(
                    Map.entry(compositeKey("grant", "E-1", PROCURATORATE), grant),
                    Map.entry(compositeKey("custody", "E-1", "2025-03-01T08:00:05.000000000Z", tx, "0000"), shared));
            assertThat(ledger.lastTx().events()).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo(LedgerEvents.ACCESS_GRANTED);
                assertThat(event.payloadText()).isEqualTo("{\"agencies\":[\"PoliceMSP\",\"ProcuratorateMSP\"],"
                        + "\"at\":\"" + at + "\",\"custody\":[" + shared + "],\"evidenceIds\":[\"E-1\"],"
                        + "\"name\":\"AccessGranted\",\"schemaVersion\":1,\"txId\":\"" + tx + "\"}");
            });
        }

        @Test
        void whenAGrantHoldsAlready_returnsItAndWritesNothing() {
            String first = submit(POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", PROCURATORATE));

            String again = submit(POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", PROCURATORATE));

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void afterARevocation_grantsAfresh() {
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);
            submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));
            Instant regrantTime = ledger.nextTxTime();

            String regranted = submit(POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", PROCURATORATE));

            AccessGrant grant = CanonicalJson.fromJson(regranted, AccessGrant.class);
            assertThat(grant.holds()).isTrue();
            assertThat(grant.grantedAt()).isEqualTo(regrantTime);
            assertThat(onlyEvent().name()).isEqualTo(LedgerEvents.ACCESS_GRANTED);
        }

        @Test
        void refusesAnyoneButTheOwner() {
            refused(ErrorCode.FORBIDDEN, PROCURATORATE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", PROCURATORATE));
            refused(ErrorCode.FORBIDDEN, COURT_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", PROCURATORATE));
        }

        @Test
        void refusesAnUnregisteredGrantee() {
            refused(ErrorCode.UNKNOWN_AGENCY, POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", STRANGER));
        }

        @Test
        void refusesTheOwnerAsGranteeAndMalformedInput() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", POLICE));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-1", "Court MSP"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E/1", COURT));
        }

        @Test
        void refusesUnknownEvidence() {
            refused(ErrorCode.NOT_FOUND, POLICE_CLIENT, ctx -> contract.grantAccess(ctx, "E-9", COURT));
        }
    }

    @Nested
    class RevokeAccess {

        @BeforeEach
        void registerAndGrant() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);
        }

        @Test
        void stampsTheGrantRevokedAndAppendsARevokedEvent() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String result = submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));

            String grant = "{\"evidenceId\":\"E-1\",\"grantedAt\":\"2025-03-01T08:00:05Z\",\"grantedBy\":\"PoliceMSP\","
                    + "\"granteeMsp\":\"ProcuratorateMSP\",\"revokedAt\":\"" + at + "\",\"schemaVersion\":1}";
            String revoked = "{\"actorMsp\":\"PoliceMSP\",\"at\":\"" + at + "\",\"counterpartMsp\":\"ProcuratorateMSP\","
                    + "\"evidenceId\":\"E-1\",\"schemaVersion\":1,\"txId\":\"" + tx + "\",\"type\":\"REVOKED\"}";
            assertThat(result).isEqualTo(grant);
            assertThat(ledger.lastWrites()).containsExactly(
                    Map.entry(compositeKey("grant", "E-1", PROCURATORATE), grant),
                    Map.entry(compositeKey("custody", "E-1", "2025-03-01T08:00:06.000000000Z", tx, "0000"), revoked));
            LedgerEvent event = onlyEvent();
            assertThat(event.name()).isEqualTo(LedgerEvents.ACCESS_REVOKED);
            assertThat(event.agencies()).containsExactly(POLICE, PROCURATORATE);
        }

        @Test
        void whenRevokedAlready_returnsTheRevokedGrantAndWritesNothing() {
            String first = submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));

            String again = submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void refusesAnyoneButTheOwner() {
            refused(ErrorCode.FORBIDDEN, PROCURATORATE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));
            refused(ErrorCode.FORBIDDEN, COURT_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));
        }

        @Test
        void refusesAGrantThatNeverExisted() {
            refused(ErrorCode.NOT_FOUND, POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", COURT));
        }

        @Test
        void refusesMalformedInput() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", "-x"));
        }
    }

    @Nested
    class HasAccess {

        @BeforeEach
        void registerAndGrant() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);
        }

        private boolean hasAccess(String mspId) {
            return ledger.evaluate(COURT_CLIENT, ctx -> contract.hasAccess(ctx, "E-1", mspId));
        }

        @Test
        void ownerAndGranteeHaveAccessOthersNot() {
            assertThat(hasAccess(POLICE)).isTrue();
            assertThat(hasAccess(PROCURATORATE)).isTrue();
            assertThat(hasAccess(COURT)).isFalse();
            assertThat(hasAccess(STRANGER)).isFalse();
        }

        @Test
        void aRevokedGrantGivesNoAccess() {
            submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));

            assertThat(hasAccess(PROCURATORATE)).isFalse();
        }

        @Test
        void refusesUnknownEvidenceAndMalformedMspIds() {
            refusedWith(ErrorCode.NOT_FOUND,
                    () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.hasAccess(ctx, "E-9", POLICE)));
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> hasAccess("Police MSP"));
        }
    }

    @Nested
    class RecordReceipt {

        @BeforeEach
        void registerAndGrant() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);
        }

        @Test
        void byAGrantedAgency_appendsAVerifiedReceiptAndEmitsEvidenceReceived() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String result = submit(PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "哈希一致", "prosecutor.wang"));

            String received = "{\"actorMsp\":\"ProcuratorateMSP\",\"actorUser\":\"prosecutor.wang\",\"at\":\"" + at
                    + "\",\"counterpartMsp\":\"PoliceMSP\",\"detail\":\"哈希一致\",\"evidenceId\":\"E-1\","
                    + "\"observedSha256\":\"" + SHA + "\",\"observedSm3\":\"" + SM3 + "\",\"schemaVersion\":1,"
                    + "\"txId\":\"" + tx + "\",\"type\":\"RECEIVED\",\"verified\":true}";
            assertThat(result).isEqualTo(received);
            assertThat(ledger.lastWrites()).containsExactly(
                    Map.entry(compositeKey("custody", "E-1", "2025-03-01T08:00:06.000000000Z", tx, "0000"), received));
            assertThat(ledger.lastTx().events()).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo(LedgerEvents.EVIDENCE_RECEIVED);
                assertThat(event.payloadText()).isEqualTo("{\"agencies\":[\"PoliceMSP\",\"ProcuratorateMSP\"],"
                        + "\"at\":\"" + at + "\",\"custody\":[" + received + "],\"evidenceIds\":[\"E-1\"],"
                        + "\"name\":\"EvidenceReceived\",\"schemaVersion\":1,\"txId\":\"" + tx + "\"}");
            });
        }

        @Test
        void withOtherHashes_recordsAFailedReceiptWithWhatWasObserved() {
            String result = submit(PROCURATORATE_CLIENT, ctx -> contract.recordReceipt(ctx, "E-1",
                    sha256Of("tampered"), sm3Of("tampered"), false, "sha256 mismatch", "prosecutor.wang"));

            CustodyEvent receipt = CanonicalJson.fromJson(result, CustodyEvent.class);
            assertThat(receipt.verified()).isFalse();
            assertThat(receipt.observedSha256()).isEqualTo(sha256Of("tampered"));
        }

        @Test
        void refusesToCallOtherHashesVerified() {
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT, ctx -> contract.recordReceipt(ctx, "E-1",
                    sha256Of("tampered"), SM3, true, "", "prosecutor.wang"));
        }

        @Test
        void refusesAnAgencyWithoutAGrant() {
            refused(ErrorCode.FORBIDDEN, COURT_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "", "judge.zhao"));
        }

        @Test
        void refusesTheOwner() {
            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "", "officer.li"));
        }

        @Test
        void refusesAnAgencyWhoseGrantWasRevoked() {
            submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));

            refused(ErrorCode.FORBIDDEN, PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "", "prosecutor.wang"));
        }

        @Test
        void refusesMalformedInput() {
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA.substring(1), SM3, false, "", "prosecutor.wang"));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, "g" + SM3.substring(1), false, "", "prosecutor.wang"));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "two\nlines", "prosecutor.wang"));
            refused(ErrorCode.INVALID_ARGUMENT, PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "", "prosecutor wang"));
        }

        @Test
        void refusesUnknownEvidence() {
            refused(ErrorCode.NOT_FOUND, PROCURATORATE_CLIENT,
                    ctx -> contract.recordReceipt(ctx, "E-9", SHA, SM3, true, "", "prosecutor.wang"));
        }
    }

    @Nested
    class RecordVerification {

        @BeforeEach
        void registerAndGrant() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);
        }

        @Test
        void byTheOwner_namesNoCounterpart() {
            String tx = ledger.nextTxId();
            String at = ledger.nextTxTime().toString();

            String result = submit(POLICE_CLIENT,
                    ctx -> contract.recordVerification(ctx, "E-1", false, "bytes changed in the bucket", "auditor.sun"));

            String verified = "{\"actorMsp\":\"PoliceMSP\",\"actorUser\":\"auditor.sun\",\"at\":\"" + at + "\","
                    + "\"detail\":\"bytes changed in the bucket\",\"evidenceId\":\"E-1\",\"schemaVersion\":1,"
                    + "\"txId\":\"" + tx + "\",\"type\":\"VERIFIED\",\"verified\":false}";
            assertThat(result).isEqualTo(verified);
            assertThat(ledger.lastWrites()).containsOnlyKeys(
                    compositeKey("custody", "E-1", "2025-03-01T08:00:06.000000000Z", tx, "0000"));
            LedgerEvent event = onlyEvent();
            assertThat(event.name()).isEqualTo(LedgerEvents.EVIDENCE_VERIFIED);
            assertThat(event.agencies()).containsExactly(POLICE);
        }

        @Test
        void byAGrantee_namesTheOwnerAsCounterpart() {
            String result = submit(PROCURATORATE_CLIENT,
                    ctx -> contract.recordVerification(ctx, "E-1", true, "", "prosecutor.wang"));

            CustodyEvent verification = CanonicalJson.fromJson(result, CustodyEvent.class);
            assertThat(verification.counterpartMsp()).isEqualTo(POLICE);
            assertThat(verification.verified()).isTrue();
            assertThat(onlyEvent().agencies()).containsExactly(POLICE, PROCURATORATE);
        }

        @Test
        void refusesAnAgencyThatHoldsNoCopy() {
            refused(ErrorCode.FORBIDDEN, COURT_CLIENT,
                    ctx -> contract.recordVerification(ctx, "E-1", true, "", "judge.zhao"));
        }

        @Test
        void refusesMalformedInput() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.recordVerification(ctx, "E-1", true, "x".repeat(1025), "auditor.sun"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.recordVerification(ctx, "E-1", true, "", ""));
        }
    }

    @Nested
    class RecordAccesses {

        @BeforeEach
        void policeOwnsOneItemAndIsGrantedAnother() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
            registerEvidence(ledger, COURT_CLIENT, "E-2", "file-2");
            grant(ledger, COURT_CLIENT, "E-2", POLICE);
        }

        @Test
        void appendsOneEventPerReadAndEmitsOneEventListingThemAll() {
            String tx = ledger.nextTxId();
            String accesses = "[{\"evidenceId\":\"E-2\",\"user\":\"officer.li\",\"purpose\":\"review\"},"
                    + "{\"evidenceId\":\"E-1\",\"user\":\"officer.li\"},"
                    + "{\"evidenceId\":\"E-2\",\"user\":\"officer.zhou\",\"purpose\":\"download\"}]";

            String result = submit(POLICE_CLIENT, ctx -> contract.recordAccesses(ctx, accesses));

            String time = "2025-03-01T08:00:07.000000000Z";
            assertThat(ledger.lastWrites()).containsOnlyKeys(
                    compositeKey("custody", "E-2", time, tx, "0000"),
                    compositeKey("custody", "E-1", time, tx, "0001"),
                    compositeKey("custody", "E-2", time, tx, "0002"));
            assertThat(ledger.lastWrites().get(compositeKey("custody", "E-2", time, tx, "0000"))).isEqualTo(
                    "{\"actorMsp\":\"PoliceMSP\",\"actorUser\":\"officer.li\",\"at\":\"2025-03-01T08:00:07Z\","
                            + "\"counterpartMsp\":\"CourtMSP\",\"detail\":\"review\",\"evidenceId\":\"E-2\","
                            + "\"schemaVersion\":1,\"txId\":\"" + tx + "\",\"type\":\"ACCESSED\"}");
            LedgerEvent event = onlyEvent();
            assertThat(event.name()).isEqualTo(LedgerEvents.EVIDENCE_ACCESSED);
            assertThat(event.agencies()).containsExactly(COURT, POLICE);
            assertThat(event.evidenceIds()).containsExactly("E-1", "E-2");
            assertThat(event.custody()).extracting(CustodyEvent::evidenceId, CustodyEvent::actorUser)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("E-2", "officer.li"),
                            org.assertj.core.groups.Tuple.tuple("E-1", "officer.li"),
                            org.assertj.core.groups.Tuple.tuple("E-2", "officer.zhou"));
            assertThat(CanonicalJson.listFromJson(result, CustodyEvent.class)).isEqualTo(event.custody());
        }

        @Test
        void refusesTheWholeBatchIfOneReadIsNotAllowed() {
            registerEvidence(ledger, PROCURATORATE_CLIENT, "E-3", "file-3");
            String accesses = "[{\"evidenceId\":\"E-1\",\"user\":\"officer.li\"},"
                    + "{\"evidenceId\":\"E-3\",\"user\":\"officer.li\"}]";

            refused(ErrorCode.FORBIDDEN, POLICE_CLIENT, ctx -> contract.recordAccesses(ctx, accesses));
        }

        @Test
        void refusesAnEmptyOrOversizedBatch() {
            String read = "{\"evidenceId\":\"E-1\",\"user\":\"officer.li\"}";
            String tooMany = "[" + String.join(",", java.util.Collections.nCopies(
                    EvidenceCustody.MAX_ACCESSES_PER_TRANSACTION + 1, read)) + "]";

            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.recordAccesses(ctx, "[]"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT, ctx -> contract.recordAccesses(ctx, tooMany));
        }

        @Test
        void refusesMalformedJsonAndEntries() {
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.recordAccesses(ctx, "{\"evidenceId\":\"E-1\",\"user\":\"officer.li\"}"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.recordAccesses(ctx, "[{\"evidenceId\":\"E-1\",\"user\":\"officer li\"}]"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.recordAccesses(ctx, "[{\"evidenceId\":\"E-1\"}]"));
            refused(ErrorCode.INVALID_ARGUMENT, POLICE_CLIENT,
                    ctx -> contract.recordAccesses(ctx, "[{\"evidenceId\":\"E-1\",\"user\":\"u\",\"purpose\":\"\\u0000\"}]"));
        }

        @Test
        void refusesUnknownEvidence() {
            refused(ErrorCode.NOT_FOUND, POLICE_CLIENT,
                    ctx -> contract.recordAccesses(ctx, "[{\"evidenceId\":\"E-9\",\"user\":\"officer.li\"}]"));
        }
    }

    @Nested
    class GetCustodyTimeline {

        @Test
        void listsTheWholeChainOfCustodyOldestFirst() {
            registerEvidence(ledger, POLICE_CLIENT, "E-1", "file-1");
            registerEvidence(ledger, POLICE_CLIENT, "E-10", "file-10");
            grant(ledger, POLICE_CLIENT, "E-1", PROCURATORATE);
            submit(PROCURATORATE_CLIENT, ctx -> contract.recordReceipt(ctx, "E-1", SHA, SM3, true, "", "prosecutor.wang"));
            submit(PROCURATORATE_CLIENT, ctx -> contract.recordVerification(ctx, "E-1", true, "", "prosecutor.wang"));
            submit(PROCURATORATE_CLIENT, ctx -> contract.recordAccesses(ctx,
                    "[{\"evidenceId\":\"E-1\",\"user\":\"prosecutor.wang\"},{\"evidenceId\":\"E-1\",\"user\":\"clerk.qian\"}]"));
            submit(POLICE_CLIENT, ctx -> contract.revokeAccess(ctx, "E-1", PROCURATORATE));

            String json = ledger.evaluate(COURT_CLIENT, ctx -> contract.getCustodyTimeline(ctx, "E-1"));

            assertThat(CanonicalJson.listFromJson(json, CustodyEvent.class))
                    .extracting(CustodyEvent::type, CustodyEvent::actorMsp)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.REGISTERED, POLICE),
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.SHARED, POLICE),
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.RECEIVED, PROCURATORATE),
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.VERIFIED, PROCURATORATE),
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.ACCESSED, PROCURATORATE),
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.ACCESSED, PROCURATORATE),
                            org.assertj.core.groups.Tuple.tuple(CustodyEventType.REVOKED, POLICE));
        }

        @Test
        void refusesUnknownEvidence() {
            refusedWith(ErrorCode.NOT_FOUND,
                    () -> ledger.evaluate(COURT_CLIENT, ctx -> contract.getCustodyTimeline(ctx, "E-9")));
        }
    }
}
