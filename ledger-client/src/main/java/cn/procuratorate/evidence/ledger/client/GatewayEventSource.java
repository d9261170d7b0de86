package cn.procuratorate.evidence.ledger.client;

import java.util.OptionalLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.ChaincodeEventsRequest;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Network;

/** Chaincode events from our peer's gateway. */
final class GatewayEventSource implements EventSource {
    private final Network network;
    private final String chaincode;

    GatewayEventSource(Network network, String chaincode) {
        this.network = network;
        this.chaincode = chaincode;
    }

    @Override
    public CloseableIterator<ChaincodeEvent> open(Checkpoint checkpoint, OptionalLong startWhenNoPosition) {
        ChaincodeEventsRequest.Builder request = network.newChaincodeEventsRequest(chaincode);
        startWhenNoPosition.ifPresent(request::startBlock);
        // Applied last: a saved position overrides the start block.
        request.checkpoint(checkpoint);
        return request.build().getEvents();
    }
}
