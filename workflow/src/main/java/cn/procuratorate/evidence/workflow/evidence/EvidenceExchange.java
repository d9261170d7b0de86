package cn.procuratorate.evidence.workflow.evidence;

/**
 * Fetches an evidence item from the agency that holds it and checks the bytes against the ledger.
 * Implemented by the agency node (mutual TLS fetch, SHA-256 and SM3 compared with the ledger,
 * RECEIVED recorded on the ledger).
 *
 * <p>Repeating a call for the same item is harmless: the bytes are fetched again and compared again;
 * the receipt on the ledger is recorded once per item and receiving agency.
 */
public interface EvidenceExchange {

    /**
     * @param ownerMsp the agency expected to hold the item (for a lead: the sender); an item the
     *                 receiving agency holds itself is checked in its own store
     * @return the verdict; a transport failure is thrown so that the fetch is retried
     */
    EvidenceCheck fetchAndVerify(String evidenceId, String ownerMsp);
}
