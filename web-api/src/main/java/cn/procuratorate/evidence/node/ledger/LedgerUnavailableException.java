package cn.procuratorate.evidence.node.ledger;

/**
 * The ledger did not commit the request: unreachable, too slow, or the transaction was
 * invalidated. When {@link #outcomeUncertain()} it may still commit: reconcile by
 * {@link #transactionId()} before trying again.
 */
public class LedgerUnavailableException extends RuntimeException {

  private final String transactionId;
  private final boolean outcomeUncertain;

  public LedgerUnavailableException(
      String message, String transactionId, boolean outcomeUncertain, Throwable cause) {
    super(message, cause);
    this.transactionId = transactionId;
    this.outcomeUncertain = outcomeUncertain;
  }

  /** The failed transaction's id, or {@code null} when none was created. */
  public String transactionId() {
    return transactionId;
  }

  public boolean outcomeUncertain() {
    return outcomeUncertain;
  }
}
