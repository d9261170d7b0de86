package cn.procuratorate.evidence.chaincode.probe;

import static cn.procuratorate.evidence.chaincode.testing.Refused.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.chaincode.testing.Identity;
import cn.procuratorate.evidence.chaincode.testing.TestLedger;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProbeContractTest {

    private final TestLedger ledger = new TestLedger();
    private final ProbeContract probe = new ProbeContract();

    @Nested
    class WriteProbe {

        @Test
        void writesOnePlainKeyAndNoEvent() {
            ledger.submit(Identity.client("PoliceMSP"), ctx -> {
                probe.writeProbe(ctx, "bench-1", "payload");
                return null;
            });

            assertThat(ledger.lastWrites()).containsExactly(Map.entry("probe~bench-1", "payload"));
            assertThat(ledger.lastTx().events()).isEmpty();
        }

        @Test
        void needsNoRegisteredAgencyNorAnyParticularRole() {
            ledger.submit(Identity.peer("UnregisteredMSP"), ctx -> {
                probe.writeProbe(ctx, "k", "v");
                return null;
            });

            assertThat(ledger.lastWrites()).containsKey("probe~k");
        }

        @Test
        void refusesAMalformedKey() {
            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> ledger.submit(Identity.client("PoliceMSP"), ctx -> {
                probe.writeProbe(ctx, "../k", "v");
                return null;
            }));
        }

        @Test
        void refusesAValueOverTheLimit() {
            String tooLong = "x".repeat(ProbeContract.MAX_VALUE_LENGTH + 1);

            refusedWith(ErrorCode.INVALID_ARGUMENT, () -> ledger.submit(Identity.client("PoliceMSP"), ctx -> {
                probe.writeProbe(ctx, "k", tooLong);
                return null;
            }));
        }
    }

    @Nested
    class ReadProbe {

        @Test
        void returnsTheCommittedValue() {
            ledger.submit(Identity.client("PoliceMSP"), ctx -> {
                probe.writeProbe(ctx, "k", "值");
                return null;
            });

            String value = ledger.evaluate(Identity.client("CourtMSP"), ctx -> probe.readProbe(ctx, "k"));

            assertThat(value).isEqualTo("值");
        }

        @Test
        void returnsTheEmptyStringForAnUnknownKey() {
            String value = ledger.evaluate(Identity.client("CourtMSP"), ctx -> probe.readProbe(ctx, "never"));

            assertThat(value).isEmpty();
        }

        @Test
        void refusesAMalformedKey() {
            refusedWith(ErrorCode.INVALID_ARGUMENT,
                    () -> ledger.evaluate(Identity.client("CourtMSP"), ctx -> probe.readProbe(ctx, "")));
        }
    }
}
