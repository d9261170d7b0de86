package cn.procuratorate.evidence.chaincode.probe;

import static cn.procuratorate.evidence.chaincode.support.Refusals.translate;

import cn.procuratorate.evidence.chaincode.support.Keys;
import cn.procuratorate.evidence.ledger.model.LedgerContracts;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * One plain key write and nothing else: no identity or agency check, no JSON, no event. Benchmarks
 * report the other transactions as ratios of this one, and network scripts use it to prove that
 * endorsement and commit work before any agency is registered.
 */
@Contract(name = LedgerContracts.Probe.NAME,
        info = @Info(title = "Probe", description = "Bare baseline transaction", version = "1"))
public class ProbeContract implements ContractInterface {

    /** Large enough for benchmark payloads, small enough to keep a probe from bloating the state. */
    static final int MAX_VALUE_LENGTH = 64 * 1024;

    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public void writeProbe(Context ctx, String key, String value) {
        translate(() -> {
            LedgerInput.requireId("key", key);
            if (value == null || value.length() > MAX_VALUE_LENGTH) {
                throw LedgerRefusal.invalid("value must be at most " + MAX_VALUE_LENGTH + " characters");
            }
            ctx.getStub().putState(Keys.PROBE_PREFIX + key, value.getBytes(StandardCharsets.UTF_8));
            return null;
        });
    }

    /** The value last written under {@code key}, or the empty string. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String readProbe(Context ctx, String key) {
        return translate(() -> {
            LedgerInput.requireId("key", key);
            byte[] value = ctx.getStub().getState(Keys.PROBE_PREFIX + key);
            return value == null ? "" : new String(value, StandardCharsets.UTF_8);
        });
    }
}
