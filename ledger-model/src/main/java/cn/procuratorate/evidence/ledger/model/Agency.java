package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;

/**
 * A member agency of the consortium, registered by its own administrator. Every other
 * transaction refuses callers and counterparts whose MSP id is not registered here.
 */
public record Agency(
        int schemaVersion,
        String mspId,
        String name,
        AgencyKind kind,
        Instant registeredAt,
        String registrationTxId) {

    public static final int SCHEMA_VERSION = 1;

    /** Same agency as registered before, whenever and in whichever transaction that was. */
    public boolean describesSameAgencyAs(Agency other) {
        return mspId.equals(other.mspId) && name.equals(other.name) && kind == other.kind;
    }
}
