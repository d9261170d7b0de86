package cn.procuratorate.evidence.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEventTest {

    @Test
    void listsAgenciesAndEvidenceSortedAndOnce() {
        CustodyEvent first = CustodyEvent.of("E2", CustodyEventType.ACCESSED, "PoliceMSP", "u1", "tx9", Samples.AT);
        CustodyEvent second = CustodyEvent.of("E1", CustodyEventType.ACCESSED, "PoliceMSP", "u1", "tx9", Samples.AT);

        LedgerEvent event = LedgerEvent.ofCustody(LedgerEvents.EVIDENCE_ACCESSED, "tx9", Samples.AT,
                List.of("PoliceMSP", "CourtMSP", "PoliceMSP"), List.of(first, second, first));

        assertThat(event.agencies()).containsExactly("CourtMSP", "PoliceMSP");
        assertThat(event.evidenceIds()).containsExactly("E1", "E2");
        assertThat(event.custody()).containsExactly(first, second, first);
        assertThat(event.concerns("CourtMSP")).isTrue();
        assertThat(event.concerns("ProcuratorateMSP")).isFalse();
    }

    @Test
    void leadEventsConcernSenderAndReceiver() {
        LedgerEvent event = LedgerEvent.ofLead(LedgerEvents.LEAD_SUBMITTED, "tx4", Samples.AT, Samples.lead(), List.of());

        assertThat(event.agencies()).containsExactly("PoliceMSP", "ProcuratorateMSP");
        assertThat(CanonicalJson.toJson(event)).startsWith("{\"agencies\":[\"PoliceMSP\",\"ProcuratorateMSP\"],"
                + "\"at\":\"2025-03-01T08:00:00Z\",\"custody\":[],\"evidenceIds\":[\"E-2025-0001\"],\"lead\":{");
    }
}
