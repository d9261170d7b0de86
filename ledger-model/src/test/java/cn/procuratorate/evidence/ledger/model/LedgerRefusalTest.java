package cn.procuratorate.evidence.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerRefusalTest {

    @Test
    void messageStartsWithTheCode() {
        LedgerRefusal refusal = new LedgerRefusal(ErrorCode.CONFLICT, "evidence E1 is registered with other hashes");

        assertThat(refusal).hasMessage("CONFLICT: evidence E1 is registered with other hashes");
        assertThat(refusal.detail()).isEqualTo("evidence E1 is registered with other hashes");
    }

    @Test
    void parsesTheCodeOutOfAGatewayErrorText() {
        String gatewayText = "ABORTED: failed to endorse transaction, see attached details for more info\n"
                + "  peer0.police.evidence.local:7201 (PoliceMSP): chaincode response 500, "
                + "FORBIDDEN: only the owner PoliceMSP may grant access to E1";

        assertThat(LedgerRefusal.parse(gatewayText)).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(refusal.detail()).isEqualTo("only the owner PoliceMSP may grant access to E1");
        });
    }

    @Test
    void findsNothingInTextsWithoutACode() {
        assertThat(LedgerRefusal.parse("UNAVAILABLE: io exception")).isEmpty();
        assertThat(LedgerRefusal.parse("XNOT_FOUND: glued to a word")).isEmpty();
        assertThat(LedgerRefusal.parse(null)).isEmpty();
    }
}
