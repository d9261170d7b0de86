package cn.procuratorate.evidence.ledger.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule of the ledger refused a request. The message is always {@code "CODE: detail"}; that text
 * is what the chaincode returns, and {@link #parse(String)} recovers the refusal from whatever
 * text a Fabric gateway error wraps around it.
 */
public class LedgerRefusal extends RuntimeException {

    private static final Pattern CODED_MESSAGE = Pattern.compile(
            "\\b(" + String.join("|", codeNames()) + "): ([^\\n]*)");

    private final ErrorCode code;
    private final String detail;

    public LedgerRefusal(ErrorCode code, String detail) {
        super(code.name() + ": " + detail);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public ErrorCode code() {
        return code;
    }

    /** The message without its code prefix. */
    public String detail() {
        return detail;
    }

    public static LedgerRefusal invalid(String detail) {
        return new LedgerRefusal(ErrorCode.INVALID_ARGUMENT, detail);
    }

    public static LedgerRefusal forbidden(String detail) {
        return new LedgerRefusal(ErrorCode.FORBIDDEN, detail);
    }

    public static LedgerRefusal notFound(String detail) {
        return new LedgerRefusal(ErrorCode.NOT_FOUND, detail);
    }

    /**
     * Finds the first {@code "CODE: detail"} in an error text (a gateway error message or its
     * details), or empty when the text carries no ledger error code.
     */
    public static Optional<LedgerRefusal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = CODED_MESSAGE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerRefusal(ErrorCode.valueOf(matcher.group(1)), matcher.group(2)));
    }

    private static String[] codeNames() {
        ErrorCode[] codes = ErrorCode.values();
        String[] names = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            names[i] = codes[i].name();
        }
        return names;
    }
}
