package cn.procuratorate.evidence.chaincode.support;

import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.CanonicalJsonException;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import java.util.List;

/** Parses JSON arguments; JSON that is not the expected request is an INVALID_ARGUMENT. */
public final class Requests {

    private Requests() {
    }

    public static <T> T parse(String field, String json, Class<T> type) {
        try {
            return CanonicalJson.fromJson(json, type);
        } catch (CanonicalJsonException e) {
            throw LedgerRefusal.invalid(field + " is not valid JSON: " + oneLine(e.getMessage()));
        }
    }

    public static <T> List<T> parseList(String field, String json, Class<T> elementType) {
        try {
            return CanonicalJson.listFromJson(json, elementType);
        } catch (CanonicalJsonException e) {
            throw LedgerRefusal.invalid(field + " is not a valid JSON array: " + oneLine(e.getMessage()));
        }
    }

    /** Jackson's messages span lines and quote the input; the refusal must stay one line. */
    private static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }
}
