package cn.procuratorate.evidence.ledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chaincode parses requests from any client. Mangled JSON must end in one of two refusals
 * (not JSON of the request, or a field that breaks the rules) and never in anything else; what
 * does parse and validate must write back to stable canonical bytes.
 */
class RequestParsingFuzzTest {

    private static final String VALID = CanonicalJson.toJson(new EvidenceRegistration("E-1", Samples.SHA256,
            Samples.SM3, 2048, "application/pdf", "CASE-7", "officer.li", ""));
    private static final String NOISE = "{}[]\",:0123456789.-eE truefalsnul\\u00\n证";

    @Test
    void mangledRegistrationsAreRefusedCleanlyOrParseToValidRequests() {
        Random random = new Random(42L);
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            String input = mangle(VALID, random, 1 + random.nextInt(4));
            try {
                EvidenceRegistration request = CanonicalJson.fromJson(input, EvidenceRegistration.class).validated();
                byte[] canonical = CanonicalJson.toBytes(request);
                assertThat(CanonicalJson.toBytes(CanonicalJson.fromBytes(canonical, EvidenceRegistration.class)))
                        .isEqualTo(canonical);
                accepted++;
            } catch (CanonicalJsonException | LedgerRefusal expected) {
                // refused cleanly
            } catch (RuntimeException unexpected) {
                fail("input " + input + " escaped with " + unexpected, unexpected);
            }
        }
        // The mutations must not be so destructive that the accepting path is never exercised.
        assertThat(accepted).isPositive();
    }

    private String mangle(String json, Random random, int edits) {
        StringBuilder text = new StringBuilder(json);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() + 1);
            char noise = NOISE.charAt(random.nextInt(NOISE.length()));
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, noise);
                case 1 -> {
                    if (at < text.length()) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < text.length()) {
                        text.setCharAt(at, noise);
                    }
                }
                default -> {
                    // swap a digit of the hashes or the size: parses, then validation decides
                    if (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
                        text.setCharAt(at, random.nextBoolean() ? '7' : 'a');
                    }
                }
            }
        }
        return text.toString();
    }
}
