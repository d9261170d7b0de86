package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A chaincode event as the stream delivers it: where it sits on the ledger and its payload.
 * {@code transactionId} identifies it uniquely (Fabric allows one event per transaction), which
 * is what a handler uses to recognise an event it has seen before.
 */
public record DeliveredEvent(String name, String transactionId, long blockNumber, byte[] payload) {

    public DeliveredEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transactionId, "transactionId");
        payload = payload == null ? new byte[0] : payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as the ledger model's event record (every chaincode event has this shape). */
    public LedgerEvent decode() {
        return CanonicalJson.fromBytes(payload, LedgerEvent.class);
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DeliveredEvent[" + name + " tx " + transactionId + " block " + blockNumber + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveredEvent that && name.equals(that.name)
                && transactionId.equals(that.transactionId) && blockNumber == that.blockNumber
                && java.util.Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, transactionId, blockNumber) * 31 + java.util.Arrays.hashCode(payload);
    }
}
