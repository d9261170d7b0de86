package cn.procuratorate.evidence.chaincode.agency;

import static cn.procuratorate.evidence.chaincode.testing.Refused.refusedWith;
import static cn.procuratorate.evidence.chaincode.testing.TestLedger.compositeKey;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.testing.Consortium;
import cn.procuratorate.evidence.chaincode.testing.Identity;
import cn.procuratorate.evidence.chaincode.testing.TestLedger;
import cn.procuratorate.evidence.ledger.model.Agency;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgencyContractTest {

    private static final Identity POLICE_ADMIN = Identity.admin("PoliceMSP");

    private final TestLedger ledger = new TestLedger();
    private final AgencyContract agencies = new AgencyContract();

    private String register(Identity caller, String mspId, String name, String kind) {
        return ledger.submit(caller, ctx -> agencies.registerAgency(ctx, mspId, name, kind));
    }

    @Nested
    class RegisterAgency {

        @Test
        void whenNew_writesTheAgencyAndEmitsAgencyRegistered() {
            String result = register(POLICE_ADMIN, "PoliceMSP", "某市公安局", "POLICE");

            String expected = "{\"kind\":\"POLICE\",\"mspId\":\"PoliceMSP\",\"name\":\"某市公安局\","
                    + "\"registeredAt\":\"2025-03-01T08:00:01Z\",\"registrationTxId\":\"tx001\",\"schemaVersion\":1}";
            assertThat(result).isEqualTo(expected);
            assertThat(ledger.lastWrites()).containsExactly(Map.entry(compositeKey("agency", "PoliceMSP"), expected));
            assertThat(ledger.lastTx().events()).singleElement().satisfies(event -> {
                assertThat(event.name()).isEqualTo(LedgerEvents.AGENCY_REGISTERED);
                assertThat(event.payloadText()).isEqualTo("{\"agencies\":[\"PoliceMSP\"],\"agency\":" + expected
                        + ",\"at\":\"2025-03-01T08:00:01Z\",\"custody\":[],\"evidenceIds\":[],"
                        + "\"name\":\"AgencyRegistered\",\"schemaVersion\":1,\"txId\":\"tx001\"}");
            });
        }

        @Test
        void whenRegisteredIdentically_returnsTheFirstRegistrationAndWritesNothing() {
            String first = register(POLICE_ADMIN, "PoliceMSP", "某市公安局", "POLICE");

            String again = register(POLICE_ADMIN, "PoliceMSP", "某市公安局", "POLICE");

            assertThat(again).isEqualTo(first);
            assertThat(ledger.lastWrites()).isEmpty();
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void whenRegisteredDifferently_refusesWithConflict() {
            register(POLICE_ADMIN, "PoliceMSP", "某市公安局", "POLICE");

            refusedWith(ErrorCode.CONFLICT, () -> register(POLICE_ADMIN, "PoliceMSP", "某市公安局", "COURT"));
            refusedWith(ErrorCode.CONFLICT, () -> register(POLICE_ADMIN, "PoliceMSP", "另一个名字", "POLICE"));
        }

        @Test
        void refusesAClientIdentity() {
            refusedWith(ErrorCode.FORBIDDEN, () -> register(Identity.client("PoliceMSP"), "PoliceMSP", "某市公安局", "POLICE"));
        }

        @Test
        void refusesPeerIdentities() {
            refusedWith(ErrorCode.FORBIDDEN, () -> register(Identity.peer("PoliceMSP"), "PoliceMSP", "某市公安局", "POLICE"));
        }

        @Test
        void refusesRegisteringAnotherAgency() {
            refusedWith(ErrorCode.FORBIDDEN, () -> register(POLICE_ADMIN, "CourtMSP", "某区人民法院", "COURT"));
        }

        @Test
        void refusesMalformedInput() {
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> register(POLICE_ADMIN, "Police MSP", "x", "POLICE"));
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> register(POLICE_ADMIN, "PoliceMSP", " ", "POLICE"));
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> register(POLICE_ADMIN, "PoliceMSP", "a\nb", "POLICE"));
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> register(POLICE_ADMIN, "PoliceMSP", "x", "police"));
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> register(POLICE_ADMIN, "PoliceMSP", "x", "ARMY"));
        }
    }

    @Nested
    class GetAgency {

        @Test
        void returnsTheRegisteredAgency() {
            register(POLICE_ADMIN, "PoliceMSP", "某市公安局", "POLICE");

            String json = ledger.evaluate(Identity.client("CourtMSP"), ctx -> agencies.getAgency(ctx, "PoliceMSP"));

            assertThat(CanonicalJson.fromJson(json, Agency.class).name()).isEqualTo("某市公安局");
        }

        @Test
        void refusesAnUnknownAgencyWithNotFound() {
            refusedWith(ErrorCode.NOT_FOUND,
                    () -> ledger.evaluate(Identity.client("CourtMSP"), ctx -> agencies.getAgency(ctx, "PoliceMSP")));
        }

        @Test
        void refusesAMalformedMspId() {
            refusedWith(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(Identity.client("CourtMSP"), ctx -> agencies.getAgency(ctx, "")));
        }
    }

    @Nested
    class ListAgencies {

        @Test
        void listsAllAgenciesByMspId() {
            Consortium.registerAgencies(ledger);

            String json = ledger.evaluate(Identity.client(Consortium.STRANGER), ctx -> agencies.listAgencies(ctx));

            assertThat(CanonicalJson.listFromJson(json, Agency.class)).extracting(Agency::mspId)
                    .containsExactly("CourtMSP", "PoliceMSP", "ProcuratorateMSP");
        }

        @Test
        void isAnEmptyArrayBeforeAnyRegistration() {
            String json = ledger.evaluate(Identity.client("PoliceMSP"), ctx -> agencies.listAgencies(ctx));

            assertThat(json).isEqualTo("[]");
        }

        @Test
        void refusesPeerIdentities() {
            refusedWith(ErrorCode.FORBIDDEN,
                    () -> ledger.evaluate(Identity.peer("PoliceMSP"), ctx -> agencies.listAgencies(ctx)));
        }
    }
}
