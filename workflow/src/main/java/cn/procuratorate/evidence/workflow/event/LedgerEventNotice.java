package cn.procuratorate.evidence.workflow.event;

import java.util.Map;
import java.util.Objects;

/**
 * A chaincode event as the workflows see it. The node builds it from the ledger event (see
 * {@link LedgerEventNotices} for the known ones) and hands it to {@link LedgerEventRouter}.
 *
 * @param eventId     unique per event and stable across redeliveries: the transaction id
 * @param type        the chaincode event name, e.g. {@code LeadSubmitted}
 * @param businessKey the lead id or supervision id
 * @param addressedTo MSP id of the agency that is expected to act on it (the lead's receiver for
 *                    {@code LeadSubmitted}, its sender for a decision, …); other nodes ignore it
 * @param variables   process variables it carries; Camunda primitive types only (strings,
 *                    booleans, numbers, dates)
 */
public record LedgerEventNotice(
        String eventId,
        String type,
        String businessKey,
        String addressedTo,
        Map<String, Object> variables) {

    public LedgerEventNotice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(addressedTo, "addressedTo");
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
