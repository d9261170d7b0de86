package cn.procuratorate.evidence.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * One transaction against an in-memory world state, with Fabric's semantics where they matter:
 * reads see only committed state (never this transaction's own writes), an empty value deletes,
 * range reads come in key order, and writes reach the world state only on {@link #commit()}.
 * Everything the contracts do not use throws.
 */
public class InMemoryStub implements ChaincodeStub {

    /** Upper bound of a partial composite key range, as the real shim uses. */
    private static final String MAX_UNICODE_RUNE = "\udbff\udfff";

    private final NavigableMap<String, byte[]> worldState;
    private final String txId;
    private final Instant timestamp;
    private final Map<String, byte[]> writes = new LinkedHashMap<>();
    private final List<TxEvent> events = new ArrayList<>();
    private List<String> args = List.of();
    private byte[] creator;

    public InMemoryStub(NavigableMap<String, byte[]> worldState, String txId, Instant timestamp) {
        this.worldState = worldState;
        this.txId = txId;
        this.timestamp = timestamp;
    }

    /**
     * For invocations through the contract runtime: the function ({@code contract:function}) and
     * its arguments, and the serialized identity of the caller.
     */
    public InMemoryStub invocation(byte[] serializedCreator, String function, String... arguments) {
        List<String> all = new ArrayList<>();
        all.add(function);
        all.addAll(List.of(arguments));
        this.args = List.copyOf(all);
        this.creator = serializedCreator.clone();
        return this;
    }

    /** A chaincode event as set by the transaction. */
    public record TxEvent(String name, byte[] payload) {
        public String payloadText() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    /** The writes of this transaction in the order made; a later write to a key replaces an earlier one. */
    public Map<String, byte[]> writes() {
        return writes;
    }

    public List<TxEvent> events() {
        return events;
    }

    public void commit() {
        writes.forEach((key, value) -> {
            if (value.length == 0) {
                worldState.remove(key);
            } else {
                worldState.put(key, value);
            }
        });
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public String getChannelId() {
        return "evidence";
    }

    @Override
    public String getMspId() {
        // The chaincode server's own MSP: deliberately not any caller's, so that using it shows.
        return "ChaincodeServerMSP";
    }

    @Override
    public byte[] getState(String key) {
        byte[] value = worldState.get(key);
        return value == null ? new byte[0] : value.clone();
    }

    @Override
    public void putState(String key, byte[] value) {
        Objects.requireNonNull(value, "value");
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        writes.put(key, value.clone());
    }

    @Override
    public void delState(String key) {
        writes.put(key, new byte[0]);
    }

    @Override
    public void setEvent(String name, byte[] payload) {
        events.add(new TxEvent(name, payload.clone()));
    }

    @Override
    public CompositeKey createCompositeKey(String objectType, String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String objectType, String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
        String start = compositeKey.toString();
        return range(start, start + MAX_UNICODE_RUNE);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
        return getStateByPartialCompositeKey(CompositeKey.parseCompositeKey(compositeKey));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
        return range(startKey, endKey);
    }

    private QueryResultsIterator<KeyValue> range(String start, String end) {
        List<KeyValue> results = new ArrayList<>();
        worldState.subMap(start, true, end, false).forEach((key, value) -> results.add(new Entry(key, value.clone())));
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return results.iterator();
            }

            @Override
            public void close() {
            }
        };
    }

    private record Entry(String getKey, byte[] getValue) implements KeyValue {
        @Override
        public String getStringValue() {
            return new String(getValue, StandardCharsets.UTF_8);
        }
    }

    // --- used by the contract runtime only (ContractRouterTest), or not at all ---

    @Override
    public List<byte[]> getArgs() {
        return args.stream().map(arg -> arg.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    public List<String> getStringArgs() {
        return args;
    }

    @Override
    public String getFunction() {
        return args.isEmpty() ? null : args.get(0);
    }

    @Override
    public List<String> getParameters() {
        return args.isEmpty() ? List.of() : args.subList(1, args.size());
    }

    @Override
    public Chaincode.Response invokeChaincode(String name, List<byte[]> args, String channel) {
        throw unsupported();
    }

    @Override
    public byte[] getStateValidationParameter(String key) {
        throw unsupported();
    }

    @Override
    public void setStateValidationParameter(String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(String start, String end,
            int pageSize, String bookmark) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            CompositeKey compositeKey, int pageSize, String bookmark) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(String query) {
        throw unsupported();
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(String query, int pageSize,
            String bookmark) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateDataHash(String collection, String key) {
        throw unsupported();
    }

    @Override
    public byte[] getPrivateDataValidationParameter(String collection, String key) {
        throw unsupported();
    }

    @Override
    public void putPrivateData(String collection, String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
        throw unsupported();
    }

    @Override
    public void delPrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public void purgePrivateData(String collection, String key) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(String collection, String startKey, String endKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection,
            CompositeKey compositeKey) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(String collection, String objectType,
            String... attributes) {
        throw unsupported();
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
        throw unsupported();
    }

    @Override
    public ChaincodeEvent getEvent() {
        throw unsupported();
    }

    @Override
    public SignedProposal getSignedProposal() {
        throw unsupported();
    }

    @Override
    public byte[] getCreator() {
        if (creator == null) {
            throw unsupported();
        }
        return creator.clone();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        throw unsupported();
    }

    @Override
    public byte[] getBinding() {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not used by the evidence contracts");
    }
}
