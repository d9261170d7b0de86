package cn.procuratorate.evidence.ledger.client;

import java.util.Set;

/** What Fabric's transaction validation codes mean for a caller deciding whether to try again. */
final class ValidationCodes {
    static final String VALID = "VALID";

    /**
     * Invalid because of what other transactions did in the meantime (read keys changed, or the
     * chaincode was upgraded), not because of the request itself: a fresh endorsement may pass.
     */
    private static final Set<String> RETRYABLE = Set.of("MVCC_READ_CONFLICT", "PHANTOM_READ_CONFLICT",
            "EXPIRED_CHAINCODE");

    private ValidationCodes() {}

    static boolean isRetryable(String validationCode) {
        return RETRYABLE.contains(validationCode);
    }
}
