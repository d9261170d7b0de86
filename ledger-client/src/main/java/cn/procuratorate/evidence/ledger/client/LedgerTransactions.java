package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Network;

/**
 * Any function of the chaincode by contract and function name, with raw bytes in and out. The
 * typed classes ({@link EvidenceLedger}, {@link LeadLedgerContract}, {@link SupervisionLedgerContract},
 * {@link AgencyDirectory}, {@link ProbeLedger}) are built
 * on it; tests use it directly, e.g. to restrict which agencies endorse.
 */
public final class LedgerTransactions {
    private final Network network;
    private final String chaincode;
    private final Map<String, Contract> contracts = new ConcurrentHashMap<>();

    LedgerTransactions(Network network, String chaincode) {
        this.network = network;
        this.chaincode = chaincode;
    }

    /** Endorses, orders and waits for the commit; endorsement as the chaincode's policy requires. */
    public Committed<byte[]> submit(String contract, String function, String... args) {
        return TransactionRunner.submit(contract(contract), function, List.of(), args);
    }

    /**
     * Like {@link #submit} but collects endorsements from these agencies only. With fewer than
     * the policy requires the transaction is still ordered, and then fails validation with
     * {@code ENDORSEMENT_POLICY_FAILURE} ({@link LedgerCommitException}).
     */
    public Committed<byte[]> submitEndorsedBy(Collection<String> endorsingMspIds, String contract,
            String function, String... args) {
        if (endorsingMspIds.isEmpty()) {
            throw new IllegalArgumentException("name at least one endorsing MSP id");
        }
        return TransactionRunner.submit(contract(contract), function, List.copyOf(endorsingMspIds), args);
    }

    /** Runs a query on one peer, preferably our own agency's; nothing is written. */
    public byte[] evaluate(String contract, String function, String... args) {
        return TransactionRunner.evaluate(contract(contract), function, List.of(), args);
    }

    /** Runs a query on a peer of the given agency, e.g. to see what that peer's ledger holds. */
    public byte[] evaluateAt(String mspId, String contract, String function, String... args) {
        return TransactionRunner.evaluate(contract(contract), function, List.of(mspId), args);
    }

    <T> Committed<T> submit(Class<T> type, String contract, String function, String... args) {
        Committed<byte[]> committed = submit(contract, function, args);
        return new Committed<>(decode(committed.value(), type), committed.transactionId(), committed.blockNumber());
    }

    <T> Committed<List<T>> submitForList(Class<T> elementType, String contract, String function, String... args) {
        Committed<byte[]> committed = submit(contract, function, args);
        return new Committed<>(decodeList(committed.value(), elementType), committed.transactionId(),
                committed.blockNumber());
    }

    <T> T evaluate(Class<T> type, String contract, String function, String... args) {
        return decode(evaluate(contract, function, args), type);
    }

    <T> List<T> evaluateList(Class<T> elementType, String contract, String function, String... args) {
        return decodeList(evaluate(contract, function, args), elementType);
    }

    /** A look-up the chaincode answers with NOT_FOUND when there is nothing to find. */
    <T> Optional<T> evaluateOptional(Class<T> type, String contract, String function, String... args) {
        byte[] bytes;
        try {
            bytes = evaluate(contract, function, args);
        } catch (LedgerEvaluateException e) {
            if (e.errorCode().filter(ErrorCode.NOT_FOUND::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
        return bytes.length == 0 ? Optional.empty() : Optional.of(decode(bytes, type));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static <T> T decode(byte[] bytes, Class<T> type) {
        if (type == String.class) {
            return type.cast(text(bytes));
        }
        return CanonicalJson.fromBytes(bytes, type);
    }

    private static <T> List<T> decodeList(byte[] bytes, Class<T> elementType) {
        return CanonicalJson.listFromJson(text(bytes), elementType);
    }

    private Contract contract(String name) {
        Objects.requireNonNull(name, "contract");
        return contracts.computeIfAbsent(name, contract -> network.getContract(chaincode, contract));
    }
}
