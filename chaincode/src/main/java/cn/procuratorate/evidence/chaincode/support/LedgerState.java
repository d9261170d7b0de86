package cn.procuratorate.evidence.chaincode.support;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.CanonicalJsonException;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * World state as records: every value is canonical JSON, every key a composite key. Also the
 * transaction's id, time and its one chaincode event.
 *
 * <p>Fabric does not show a transaction its own writes: a read after a write in the same
 * transaction still returns the committed value. Callers must not rely on reading back.
 */
public final class LedgerState {

    /** Index entries carry their meaning in the key; Fabric treats an empty value as a delete. */
    private static final byte[] INDEX_MARKER = {0};

    private final ChaincodeStub stub;
    private boolean eventSet;

    public LedgerState(ChaincodeStub stub) {
        this.stub = stub;
    }

    public String txId() {
        return stub.getTxId();
    }

    /** The transaction's timestamp, set by the submitting client and signed: the only clock. */
    public Instant txTime() {
        return stub.getTxTimestamp();
    }

    public String key(String objectType, String... attributes) {
        return stub.createCompositeKey(objectType, attributes).toString();
    }

    public <T> Optional<T> read(String key, Class<T> type) {
        byte[] bytes = stub.getState(key);
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        return Optional.of(decode(key, bytes, type));
    }

    public void write(String key, Object record) {
        stub.putState(key, CanonicalJson.toBytes(record));
    }

    public void writeIndex(String key) {
        stub.putState(key, INDEX_MARKER);
    }

    /** Records under a partial composite key, in key order. */
    public <T> List<T> readAll(Class<T> type, String objectType, String... attributes) {
        List<T> records = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(objectType, attributes)) {
            for (KeyValue entry : results) {
                records.add(decode(entry.getKey(), entry.getValue(), type));
            }
        } catch (Exception e) {
            throw rethrow(e);
        }
        return records;
    }

    /** The attributes of the keys under a partial composite key, in key order (index look-ups). */
    public List<List<String>> keyAttributes(String objectType, String... attributes) {
        List<List<String>> keys = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(objectType, attributes)) {
            for (KeyValue entry : results) {
                CompositeKey key = stub.splitCompositeKey(entry.getKey());
                keys.add(key.getAttributes());
            }
        } catch (Exception e) {
            throw rethrow(e);
        }
        return keys;
    }

    /** Sets the transaction's chaincode event; Fabric keeps only one, so a second is a bug here. */
    public void emit(LedgerEvent event) {
        if (eventSet) {
            throw new IllegalStateException("a transaction emits one event; " + event.name() + " would replace the first");
        }
        eventSet = true;
        stub.setEvent(event.name(), CanonicalJson.toBytes(event));
    }

    private static <T> T decode(String key, byte[] bytes, Class<T> type) {
        try {
            return CanonicalJson.fromBytes(bytes, type);
        } catch (CanonicalJsonException e) {
            throw new LedgerRefusal(ErrorCode.INTERNAL, "stored " + type.getSimpleName() + " under "
                    + printable(key) + " is unreadable: " + e.getMessage());
        }
    }

    /** Composite keys contain U+0000 separators; show them as '/' in messages. */
    private static String printable(String key) {
        return key.replace('\u0000', '/');
    }

    private static RuntimeException rethrow(Exception e) {
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
}
