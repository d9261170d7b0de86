package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The payload of every chaincode event. One shape for all events so that a node decodes them with
 * one call and routes them by {@link #name()} and {@link #agencies()}; the part that matters for
 * the event is filled in, the rest is absent.
 *
 * @param name        one of {@link LedgerEvents}
 * @param agencies    every agency the transaction concerns (caller, owner, grantee, receiver, …),
 *                    sorted, so a node can tell at once whether the event is for it
 * @param evidenceIds the evidence items the transaction touched, sorted; may be empty
 * @param custody     the custody events the transaction appended, in the order appended (their position in the key)
 * @param evidence    for EvidenceRegistered: the registered item
 * @param agency      for AgencyRegistered
 * @param lead        for Lead… events: the lead as it is after the transaction
 * @param supervision for Supervision… events: the supervision as it is after the transaction
 */
public record LedgerEvent(
        int schemaVersion,
        String name,
        String txId,
        Instant at,
        List<String> agencies,
        List<String> evidenceIds,
        List<CustodyEvent> custody,
        Evidence evidence,
        Agency agency,
        Lead lead,
        Supervision supervision) {

    public static final int SCHEMA_VERSION = 1;

    public LedgerEvent {
        Objects.requireNonNull(name, "name");
        agencies = sortedDistinct(agencies);
        evidenceIds = sortedDistinct(evidenceIds);
        custody = custody == null ? List.of() : List.copyOf(custody);
    }

    public static LedgerEvent ofCustody(String name, String txId, Instant at, List<String> agencies,
            List<CustodyEvent> custody) {
        return new LedgerEvent(SCHEMA_VERSION, name, txId, at, agencies,
                custody.stream().map(CustodyEvent::evidenceId).toList(), custody, null, null, null, null);
    }

    public static LedgerEvent ofRegistration(Evidence evidence, CustodyEvent registered) {
        return new LedgerEvent(SCHEMA_VERSION, LedgerEvents.EVIDENCE_REGISTERED, evidence.registrationTxId(),
                evidence.registeredAt(), List.of(evidence.ownerMsp()), List.of(evidence.evidenceId()),
                List.of(registered), evidence, null, null, null);
    }

    public static LedgerEvent ofAgency(String name, Agency agency) {
        return new LedgerEvent(SCHEMA_VERSION, name, agency.registrationTxId(), agency.registeredAt(),
                List.of(agency.mspId()), List.of(), List.of(), null, agency, null, null);
    }

    public static LedgerEvent ofLead(String name, String txId, Instant at, Lead lead, List<CustodyEvent> custody) {
        return new LedgerEvent(SCHEMA_VERSION, name, txId, at, List.of(lead.senderMsp(), lead.receiverMsp()),
                lead.evidenceIds(), custody, null, null, lead, null);
    }

    public static LedgerEvent ofSupervision(String name, String txId, Instant at, Supervision supervision,
            List<CustodyEvent> custody) {
        return new LedgerEvent(SCHEMA_VERSION, name, txId, at,
                List.of(supervision.issuerMsp(), supervision.targetMsp()), supervision.evidenceIds(), custody,
                null, null, null, supervision);
    }

    /** Whether a node of {@code mspId} has anything to do with this event. */
    public boolean concerns(String mspId) {
        return agencies.contains(mspId);
    }

    private static List<String> sortedDistinct(List<String> values) {
        return values == null ? List.of() : List.copyOf(new TreeSet<>(values));
    }
}
