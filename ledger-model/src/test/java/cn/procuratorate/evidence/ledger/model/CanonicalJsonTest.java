package cn.procuratorate.evidence.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Nested
    class Writing {

        @Test
        void sortsPropertiesAndLeavesOutAbsentValues() {
            assertThat(CanonicalJson.toJson(Samples.evidence())).isEqualTo("{"
                    + "\"caseRef\":\"CASE-7\","
                    + "\"evidenceId\":\"E-2025-0001\","
                    + "\"mediaType\":\"application/pdf\","
                    + "\"metadataDigest\":\"\","
                    + "\"ownerMsp\":\"PoliceMSP\","
                    + "\"registeredAt\":\"2025-03-01T08:00:00Z\","
                    + "\"registrationTxId\":\"tx1\","
                    + "\"schemaVersion\":1,"
                    + "\"sha256\":\"" + Samples.SHA256 + "\","
                    + "\"size\":1024,"
                    + "\"sm3\":\"" + Samples.SM3 + "\","
                    + "\"uploader\":\"officer.li\"}");
        }

        @Test
        void leavesOutNullFieldsOfAnEvent() {
            CustodyEvent registered = CustodyEvent.of("E1", CustodyEventType.REGISTERED, "PoliceMSP", "u1", "tx1",
                    Samples.AT);

            assertThat(CanonicalJson.toJson(registered)).isEqualTo("{\"actorMsp\":\"PoliceMSP\",\"actorUser\":\"u1\","
                    + "\"at\":\"2025-03-01T08:00:00Z\",\"evidenceId\":\"E1\",\"schemaVersion\":1,"
                    + "\"txId\":\"tx1\",\"type\":\"REGISTERED\"}");
        }

        @Test
        void sortsMapEntriesWhateverTheInsertionOrder() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("zeta", 1);
            map.put("alpha", Map.of("y", 2, "b", 3));
            map.put("Mid", List.of("keep", "order"));

            assertThat(CanonicalJson.toJson(map))
                    .isEqualTo("{\"Mid\":[\"keep\",\"order\"],\"alpha\":{\"b\":3,\"y\":2},\"zeta\":1}");
        }

        @Test
        void writesTheSameBytesEveryTime() {
            byte[] first = CanonicalJson.toBytes(Samples.receipt());
            for (int i = 0; i < 100; i++) {
                assertThat(CanonicalJson.toBytes(Samples.receipt())).isEqualTo(first);
            }
        }

        @Test
        void writesNonAsciiTextAsUtf8NotEscapes() {
            byte[] bytes = CanonicalJson.toBytes(Samples.receipt());

            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"detail\":\"核验一致\"");
        }

        @Test
        void writesInstantsAsIsoUtcStringsWithTheirPrecision() {
            Instant precise = Instant.parse("2025-03-01T08:00:00.123456789Z");
            CustodyEvent event = CustodyEvent.of("E1", CustodyEventType.ACCESSED, "PoliceMSP", "u1", "tx1", precise);

            assertThat(CanonicalJson.toJson(event)).contains("\"at\":\"2025-03-01T08:00:00.123456789Z\"");
        }

        @Test
        void refusesFloatingPointNumbers() {
            assertThatThrownBy(() -> CanonicalJson.toBytes(Map.of("ratio", 0.5)))
                    .isInstanceOf(CanonicalJsonException.class).hasMessageContaining("floating-point");
            assertThatThrownBy(() -> CanonicalJson.toBytes(Map.of("ratio", new java.math.BigDecimal("1.5"))))
                    .isInstanceOf(CanonicalJsonException.class);
        }
    }

    @Nested
    class RoundTrips {

        @Test
        void evidence() {
            assertRoundTrip(Samples.evidence(), Evidence.class);
        }

        @Test
        void custodyEvent() {
            assertRoundTrip(Samples.receipt(), CustodyEvent.class);
        }

        @Test
        void accessGrant() {
            assertRoundTrip(AccessGrant.granted("E1", "CourtMSP", "PoliceMSP", Samples.AT), AccessGrant.class);
            assertRoundTrip(AccessGrant.granted("E1", "CourtMSP", "PoliceMSP", Samples.AT)
                    .revoked(Samples.AT.plusSeconds(5)), AccessGrant.class);
        }

        @Test
        void agency() {
            assertRoundTrip(new Agency(Agency.SCHEMA_VERSION, "CourtMSP", "某区人民法院", AgencyKind.COURT, Samples.AT,
                    "tx0"), Agency.class);
        }

        @Test
        void lead() {
            assertRoundTrip(Samples.lead(), Lead.class);
        }

        @Test
        void supervision() {
            assertRoundTrip(Samples.supervision(), Supervision.class);
        }

        @Test
        void ledgerEvent() {
            assertRoundTrip(LedgerEvent.ofCustody(LedgerEvents.EVIDENCE_RECEIVED, "tx3", Samples.AT,
                    List.of("PoliceMSP", "ProcuratorateMSP"), List.of(Samples.receipt())), LedgerEvent.class);
            assertRoundTrip(LedgerEvent.ofLead(LedgerEvents.LEAD_SUBMITTED, "tx4", Samples.AT, Samples.lead(),
                    List.of()), LedgerEvent.class);
        }

        @Test
        void listsOfRecords() {
            String json = CanonicalJson.toJson(List.of(Samples.evidence(), Samples.evidence()));

            assertThat(CanonicalJson.listFromJson(json, Evidence.class))
                    .containsExactly(Samples.evidence(), Samples.evidence());
        }

        private <T> void assertRoundTrip(T record, Class<T> type) {
            byte[] bytes = CanonicalJson.toBytes(record);
            T back = CanonicalJson.fromBytes(bytes, type);

            assertThat(back).isEqualTo(record);
            assertThat(CanonicalJson.toBytes(back)).isEqualTo(bytes);
        }
    }

    @Nested
    class Reading {

        private static final String REQUEST = "{\"evidenceId\":\"E1\",\"sha256\":\"" + Samples.SHA256
                + "\",\"sm3\":\"" + Samples.SM3 + "\",\"size\":%s,\"mediaType\":\"image/png\",\"uploader\":\"u1\"}";

        @Test
        void readsARequestInAnyKeyOrderAndFillsOptionalFields() {
            EvidenceRegistration request = CanonicalJson.fromJson(REQUEST.formatted("12"), EvidenceRegistration.class);

            assertThat(request.size()).isEqualTo(12);
            assertThat(request.caseRef()).isEmpty();
            assertThat(request.metadataDigest()).isEmpty();
        }

        @Test
        void refusesFloatsWhereIntegersBelong() {
            assertThatThrownBy(() -> CanonicalJson.fromJson(REQUEST.formatted("12.0"), EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class);
            assertThatThrownBy(() -> CanonicalJson.fromJson(REQUEST.formatted("1e3"), EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class);
        }

        @Test
        void refusesStringsWhereNumbersBelong() {
            assertThatThrownBy(() -> CanonicalJson.fromJson(REQUEST.formatted("\"12\""), EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class);
        }

        @Test
        void refusesDuplicateKeys() {
            String twice = REQUEST.formatted("12").replace("{", "{\"evidenceId\":\"E2\",");

            assertThatThrownBy(() -> CanonicalJson.fromJson(twice, EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class).hasMessageContaining("evidenceId");
        }

        @Test
        void refusesTrailingContent() {
            assertThatThrownBy(() -> CanonicalJson.fromJson(REQUEST.formatted("12") + "{}", EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class);
        }

        @Test
        void refusesUnknownProperties() {
            String extra = REQUEST.formatted("12").replace("{", "{\"owner\":\"CourtMSP\",");

            assertThatThrownBy(() -> CanonicalJson.fromJson(extra, EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class).hasMessageContaining("owner");
        }

        @Test
        void refusesEmptyInputAndNonObjects() {
            assertThatThrownBy(() -> CanonicalJson.fromJson("", EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class);
            assertThatThrownBy(() -> CanonicalJson.fromJson("[]", EvidenceRegistration.class))
                    .isInstanceOf(CanonicalJsonException.class);
            assertThatThrownBy(() -> CanonicalJson.listFromJson("{}", AccessRecord.class))
                    .isInstanceOf(CanonicalJsonException.class);
        }

        @Test
        void refusesMalformedInstants() {
            String json = CanonicalJson.toJson(Samples.evidence()).replace("2025-03-01T08:00:00Z", "yesterday");

            assertThatThrownBy(() -> CanonicalJson.fromJson(json, Evidence.class))
                    .isInstanceOf(CanonicalJsonException.class);
        }

        @Test
        void refusesNullListElements() {
            String json = "{\"leadId\":\"L1\",\"receiverMsp\":\"X\",\"evidenceIds\":[null],\"submittedBy\":\"u\"}";

            assertThatThrownBy(() -> CanonicalJson.fromJson(json, LeadSubmission.class))
                    .isInstanceOf(CanonicalJsonException.class);
        }
    }
}
