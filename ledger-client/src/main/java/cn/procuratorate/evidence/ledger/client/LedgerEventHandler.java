package cn.procuratorate.evidence.ledger.client;

/**
 * Receives chaincode events in ledger order. An event counts as handled only when this returns;
 * if it throws, the stream backs off and delivers the same event again. Because the position is
 * saved after the handler returns, a crash in between delivers the last event once more after
 * restart: make the effect idempotent, keyed by {@link DeliveredEvent#transactionId()}.
 */
@FunctionalInterface
public interface LedgerEventHandler {
    void handle(DeliveredEvent event) throws Exception;
}
