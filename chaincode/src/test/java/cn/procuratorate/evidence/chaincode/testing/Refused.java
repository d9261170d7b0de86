package cn.procuratorate.evidence.chaincode.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.shim.ChaincodeException;

/** Asserts a refusal the way a client sees it: "CODE: detail" as message, the code as payload. */
public final class Refused {

    private Refused() {
    }

    public static ChaincodeException refusedWith(ErrorCode code, ThrowingCallable transaction) {
        ChaincodeException refusal = catchThrowableOfType(ChaincodeException.class, transaction);
        assertThat(refusal).as("expected a %s refusal", code).isNotNull();
        assertThat(refusal.getMessage()).startsWith(code.name() + ": ");
        assertThat(new String(refusal.getPayload(), StandardCharsets.UTF_8)).isEqualTo(code.name());
        return refusal;
    }
}
