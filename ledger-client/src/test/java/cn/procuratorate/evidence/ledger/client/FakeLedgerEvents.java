package cn.procuratorate.evidence.ledger.client;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;

/**
 * A ledger's chaincode events and the resume rules of Fabric's gateway (start in the checkpoint's
 * block, after its transaction), with live streams that block for new events like the real one.
 */
final class FakeLedgerEvents implements EventSource {

    record Event(long block, String tx, String name) implements ChaincodeEvent {
        @Override
        public long getBlockNumber() {
            return block;
        }

        @Override
        public String getTransactionId() {
            return tx;
        }

        @Override
        public String getChaincodeName() {
            return "evidence";
        }

        @Override
        public String getEventName() {
            return name;
        }

        @Override
        public byte[] getPayload() {
            return ("{\"tx\":\"" + tx + "\"}").getBytes();
        }
    }

    private final List<Event> events = new ArrayList<>();
    private final List<OptionalLong> requestedStarts = new ArrayList<>();
    private int opens;
    /** The stream opened n-th (1-based) breaks after delivering this many events, like a dropped connection. */
    private int breakOpenNumber = -1;
    private int breakAfter;

    synchronized void append(long block, String tx) {
        events.add(new Event(block, tx, "EvidenceRegistered"));
        notifyAll();
    }

    synchronized void breakStream(int openNumber, int afterEvents) {
        breakOpenNumber = openNumber;
        breakAfter = afterEvents;
    }

    synchronized int opens() {
        return opens;
    }

    synchronized List<OptionalLong> requestedStarts() {
        return List.copyOf(requestedStarts);
    }

    @Override
    public synchronized CloseableIterator<ChaincodeEvent> open(Checkpoint checkpoint, OptionalLong startWhenNoPosition) {
        opens++;
        requestedStarts.add(startWhenNoPosition);
        int from = firstIndexAfter(checkpoint, startWhenNoPosition);
        int breakAt = opens == breakOpenNumber ? from + breakAfter : Integer.MAX_VALUE;
        return new Stream(from, breakAt);
    }

    private int firstIndexAfter(Checkpoint checkpoint, OptionalLong startWhenNoPosition) {
        if (checkpoint.getBlockNumber().isEmpty()) {
            if (startWhenNoPosition.isEmpty()) {
                return events.size(); // next commit: only what comes later
            }
            return indexOfFirstBlockAtLeast(startWhenNoPosition.getAsLong());
        }
        long block = checkpoint.getBlockNumber().getAsLong();
        int index = indexOfFirstBlockAtLeast(block);
        if (checkpoint.getTransactionId().isPresent()) {
            String after = checkpoint.getTransactionId().get();
            for (int i = index; i < events.size() && events.get(i).block() == block; i++) {
                if (events.get(i).tx().equals(after)) {
                    return i + 1;
                }
            }
        }
        return index;
    }

    private int indexOfFirstBlockAtLeast(long block) {
        int index = 0;
        while (index < events.size() && events.get(index).block() < block) {
            index++;
        }
        return index;
    }

    private final class Stream implements CloseableIterator<ChaincodeEvent> {
        private int next;
        private final int breakAt;
        private boolean closed;

        Stream(int from, int breakAt) {
            this.next = from;
            this.breakAt = breakAt;
        }

        @Override
        public boolean hasNext() {
            synchronized (FakeLedgerEvents.this) {
                while (true) {
                    if (closed) {
                        throw new IllegalStateException("CANCELLED: stream closed");
                    }
                    if (next >= breakAt) {
                        throw new IllegalStateException("UNAVAILABLE: connection dropped");
                    }
                    if (next < events.size()) {
                        return true;
                    }
                    try {
                        FakeLedgerEvents.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        @Override
        public ChaincodeEvent next() {
            synchronized (FakeLedgerEvents.this) {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return events.get(next++);
            }
        }

        @Override
        public void close() {
            synchronized (FakeLedgerEvents.this) {
                closed = true;
                FakeLedgerEvents.this.notifyAll();
            }
        }
    }
}
