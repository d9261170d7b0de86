package cn.procuratorate.evidence.node.ledger;

/**
 * What the ledger says about a transaction whose outcome was uncertain.
 *
 * @param blockNumber the block holding it, or -1 when unknown
 * @param mayResubmit true when it is not on the ledger (or was invalidated for a reason a new
 *     attempt may not meet again): submitting the same request again is safe and useful
 */
public record Reconciliation(String transactionId, Status status, long blockNumber, boolean mayResubmit) {

  public enum Status {
    COMMITTED,
    INVALIDATED,
    UNKNOWN
  }

  public boolean committed() {
    return status == Status.COMMITTED;
  }
}
