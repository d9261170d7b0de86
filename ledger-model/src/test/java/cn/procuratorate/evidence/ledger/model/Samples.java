package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;
import java.util.List;

/** Valid records to serialise in tests. */
final class Samples {

    static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String SM3 = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

    private Samples() {
    }

    static Evidence evidence() {
        return new Evidence(Evidence.SCHEMA_VERSION, "E-2025-0001", SHA256, SM3, 1024, "application/pdf",
                "CASE-7", "PoliceMSP", "officer.li", "", AT, "tx1");
    }

    static CustodyEvent receipt() {
        return CustodyEvent.of("E-2025-0001", CustodyEventType.RECEIVED, "ProcuratorateMSP", "prosecutor.wang",
                        "tx3", AT.plusSeconds(60))
                .withCounterpart("PoliceMSP").withVerification(true).withObservedHashes(SHA256, SM3)
                .withDetail("核验一致");
    }

    static Lead lead() {
        return new Lead(Lead.SCHEMA_VERSION, "L-1", "PoliceMSP", "ProcuratorateMSP", List.of("E-2025-0001"), SHA256,
                LeadStatus.SUBMITTED, null,
                List.of(new StatusChange("SUBMITTED", "PoliceMSP", "officer.li", "", "tx4", AT)));
    }

    static Supervision supervision() {
        return new Supervision(Supervision.SCHEMA_VERSION, "S-1", "ProcuratorateMSP", "PoliceMSP",
                SupervisionKind.CASE_FILING_EXPLANATION, List.of(), "", AT.plusSeconds(7 * 86400),
                SupervisionStatus.ISSUED, false, null, null,
                List.of(new StatusChange("ISSUED", "ProcuratorateMSP", "prosecutor.wang", "", "tx5", AT)));
    }
}
