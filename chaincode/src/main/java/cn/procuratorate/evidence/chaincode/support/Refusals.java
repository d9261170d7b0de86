package cn.procuratorate.evidence.chaincode.support;

import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.function.Supplier;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * The one place where a rule's refusal becomes a chaincode error. The contract runtime keeps the
 * message and payload only of a {@link ChaincodeException} (anything else becomes an anonymous
 * failure), so every transaction runs through {@link #translate}.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Runs a transaction body; a refusal leaves as {@code "CODE: detail"} with the code as payload. */
    public static <T> T translate(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (LedgerRefusal refusal) {
            throw toChaincodeException(refusal);
        }
    }

    public static ChaincodeException toChaincodeException(LedgerRefusal refusal) {
        return new ChaincodeException(refusal.getMessage(), refusal.code().name());
    }
}
