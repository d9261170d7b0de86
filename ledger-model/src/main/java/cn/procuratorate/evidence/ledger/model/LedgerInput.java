package cn.procuratorate.evidence.ledger.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input rules both sides apply: the client before it submits (to fail fast with a clear
 * message), the chaincode again because it trusts no client. The {@code is…} methods answer;
 * the {@code require…} methods throw a {@link LedgerRefusal} with {@link ErrorCode#INVALID_ARGUMENT}
 * naming the field, and return the value so that they read as assignments.
 */
public final class LedgerInput {

    /** Evidence, lead, supervision and user ids; also probe keys and outcome codes. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Lowercase hex of a 256-bit digest (SHA-256 and SM3 alike). */
    public static final Pattern HEX_256 = Pattern.compile("[0-9a-f]{64}");
    /** Fabric MSP ids as the consortium names them. */
    public static final Pattern MSP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9.-]{0,63}");
    /** {@code type/subtype}, lowercase, no parameters, so that one media type has one spelling. */
    public static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}");

    public static final int MAX_NAME_LENGTH = 128;
    public static final int MAX_DETAIL_LENGTH = 1024;

    private LedgerInput() {
    }

    public static boolean isId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    public static boolean isHex256(String value) {
        return value != null && HEX_256.matcher(value).matches();
    }

    public static boolean isMspId(String value) {
        return value != null && MSP_ID.matcher(value).matches();
    }

    public static boolean isMediaType(String value) {
        return value != null && MEDIA_TYPE.matcher(value).matches();
    }

    /**
     * Free text that may go on the channel: at most {@code maxLength} UTF-16 units, no control
     * characters (they make logs and receipts lie) and no unpaired surrogates (they have no UTF-8
     * encoding, so peers could not agree on the bytes).
     */
    public static boolean isText(String value, int maxLength) {
        if (value == null || value.length() > maxLength) {
            return false;
        }
        return value.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE));
    }

    public static String requireId(String field, String value) {
        return require(isId(value), field, value, "an id of 1-64 characters [A-Za-z0-9._-], not starting with . _ or -");
    }

    public static String requireHex256(String field, String value) {
        return require(isHex256(value), field, value, "64 lowercase hex characters");
    }

    /** A digest that may be left empty (nothing off-chain to digest). */
    public static String requireOptionalHex256(String field, String value) {
        return require(value != null && (value.isEmpty() || isHex256(value)), field, value,
                "empty or 64 lowercase hex characters");
    }

    /** An id that may be left empty. */
    public static String requireOptionalId(String field, String value) {
        return require(value != null && (value.isEmpty() || isId(value)), field, value,
                "empty or an id of 1-64 characters [A-Za-z0-9._-]");
    }

    public static String requireMspId(String field, String value) {
        return require(isMspId(value), field, value, "an MSP id of 1-64 characters [A-Za-z0-9.-], starting with a letter");
    }

    public static String requireMediaType(String field, String value) {
        return require(isMediaType(value), field, value, "a lowercase media type type/subtype without parameters");
    }

    public static long requirePositive(String field, long value) {
        if (value <= 0) {
            throw LedgerRefusal.invalid(field + " must be positive, got " + value);
        }
        return value;
    }

    /** Free text, possibly empty. */
    public static String requireText(String field, String value, int maxLength) {
        return require(isText(value, maxLength), field, value,
                "text of at most " + maxLength + " characters without control characters");
    }

    /** Free text that must say something. */
    public static String requireNonBlankText(String field, String value, int maxLength) {
        requireText(field, value, maxLength);
        if (value.isBlank()) {
            throw LedgerRefusal.invalid(field + " must not be blank");
        }
        return value;
    }

    /** Evidence references: valid ids, no repeats, at most {@code max}; may be empty. */
    public static List<String> requireEvidenceIds(List<String> ids, int max) {
        if (ids == null || ids.size() > max) {
            throw LedgerRefusal.invalid("evidenceIds must list at most " + max + " evidence ids");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            requireId("evidenceIds[]", id);
            if (!seen.add(id)) {
                throw LedgerRefusal.invalid("evidenceIds lists " + id + " twice");
            }
        }
        return ids;
    }

    private static String require(boolean valid, String field, String value, String rule) {
        if (!valid) {
            throw LedgerRefusal.invalid(field + " must be " + rule + ", got " + quote(value));
        }
        return value;
    }

    /** Echoes a bad value back, shortened and with control characters escaped. */
    private static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        StringBuilder quoted = new StringBuilder("\"");
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                quoted.append(String.format("\\u%04x", cp));
            } else {
                quoted.appendCodePoint(cp);
            }
        });
        return quoted.append('"').toString();
    }
}
