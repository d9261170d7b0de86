package cn.procuratorate.evidence.ledger.client;

import java.util.OptionalLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;

/** Opens a stream of chaincode events that resumes after a checkpoint. */
interface EventSource {
    /**
     * @param checkpoint         where the last handled event was
     * @param startWhenNoPosition block to start from when the checkpoint is empty; empty means
     *                           "from the next block committed"
     */
    CloseableIterator<ChaincodeEvent> open(Checkpoint checkpoint, OptionalLong startWhenNoPosition);
}
