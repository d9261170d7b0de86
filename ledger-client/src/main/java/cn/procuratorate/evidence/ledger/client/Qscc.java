package cn.procuratorate.evidence.ledger.client;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * The peer's query system chaincode (qscc), evaluated through the gateway: block height and
 * where a transaction id sits in the block store.
 */
final class Qscc {
    /** The two ways peers have worded "this transaction id is not in my block store". */
    private static final List<String> NOT_FOUND_TEXTS = List.of("no such transaction ID", "Entry not found in index");

    private final Contract qscc;
    private final String channel;

    Qscc(Network network) {
        this.qscc = network.getContract("qscc");
        this.channel = network.getName();
    }

    ChainInfo chainInfo(Collection<String> targetOrgs) {
        byte[] bytes = TransactionRunner.evaluate(qscc, "GetChainInfo", targetOrgs, channel);
        BlockchainInfo info = parse(() -> BlockchainInfo.parseFrom(bytes), "GetChainInfo");
        HexFormat hex = HexFormat.of();
        return new ChainInfo(info.getHeight(), hex.formatHex(info.getCurrentBlockHash().toByteArray()),
                hex.formatHex(info.getPreviousBlockHash().toByteArray()));
    }

    /** The transaction's validation code name, or empty when the peer has no such transaction. */
    Optional<String> validationCode(String transactionId) {
        return evaluateUnlessNotFound("GetTransactionByID", transactionId).map(bytes -> {
            ProcessedTransaction processed = parse(() -> ProcessedTransaction.parseFrom(bytes), "GetTransactionByID");
            TxValidationCode code = TxValidationCode.forNumber(processed.getValidationCode());
            return code == null ? "UNRECOGNIZED_" + processed.getValidationCode() : code.name();
        });
    }

    /** The number of the block holding the transaction, or empty when the peer has no such transaction. */
    Optional<Long> blockNumber(String transactionId) {
        return evaluateUnlessNotFound("GetBlockByTxID", transactionId)
                .map(bytes -> parse(() -> Block.parseFrom(bytes), "GetBlockByTxID").getHeader().getNumber());
    }

    private Optional<byte[]> evaluateUnlessNotFound(String function, String transactionId) {
        Proposal proposal = qscc.newProposal(function).addArguments(channel, transactionId).build();
        try {
            return Optional.of(proposal.evaluate());
        } catch (GatewayException e) {
            if (isNotFound(e)) {
                return Optional.empty();
            }
            throw GatewayFailures.evaluate("qscc." + function, proposal.getTransactionId(), e);
        }
    }

    private static boolean isNotFound(GatewayException e) {
        if (mentionsNotFound(e.getStatus().getDescription())) {
            return true;
        }
        return e.getDetails().stream().map(ErrorDetail::getMessage).anyMatch(Qscc::mentionsNotFound);
    }

    private static boolean mentionsNotFound(String text) {
        return text != null && NOT_FOUND_TEXTS.stream().anyMatch(text::contains);
    }

    private interface Parser<T> {
        T parse() throws InvalidProtocolBufferException;
    }

    private static <T> T parse(Parser<T> parser, String function) {
        try {
            return parser.parse();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("qscc " + function + " returned bytes that are not its protobuf", e);
        }
    }
}
