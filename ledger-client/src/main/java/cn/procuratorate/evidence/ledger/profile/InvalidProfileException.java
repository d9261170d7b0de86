package cn.procuratorate.evidence.ledger.profile;

/** A connection profile that is missing, unreadable or does not describe a usable agency. */
public class InvalidProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidProfileException(String message) {
        super(message);
    }

    public InvalidProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
