package cn.procuratorate.evidence.ledger.model;

/** Bytes that are not the JSON of the expected record, or a value that has no canonical form. */
public class CanonicalJsonException extends RuntimeException {

    public CanonicalJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
