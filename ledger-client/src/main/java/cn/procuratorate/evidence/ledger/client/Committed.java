package cn.procuratorate.evidence.ledger.client;

import java.util.Objects;

/**
 * A transaction that was committed valid: the chaincode's result and where it sits on the ledger.
 *
 * @param value         what the chaincode returned, already decoded
 * @param transactionId Fabric transaction id, the key for reconciliation and for receipts
 * @param blockNumber   the block that holds it
 */
public record Committed<T>(T value, String transactionId, long blockNumber) {
    public Committed {
        Objects.requireNonNull(transactionId, "transactionId");
    }
}
