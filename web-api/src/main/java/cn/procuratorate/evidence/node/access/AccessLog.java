package cn.procuratorate.evidence.node.access;

/** Queues reads for the ledger's custody timeline. */
public interface AccessLog {

  /**
   * @param user the reader's ledger id
   * @param purpose a short, shareable reason (it is visible to every member of the channel)
   */
  void record(String evidenceId, String user, String purpose);
}
