package cn.procuratorate.evidence.node.evidence;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.AccessGrant;
import java.time.Instant;

/** An access grant as the ledger holds it after the transaction that changed it. */
public record GrantView(
    String evidenceId,
    String granteeMsp,
    String grantedBy,
    Instant grantedAt,
    Instant revokedAt,
    boolean holds,
    String txId,
    long blockNumber) {

  public static GrantView of(Committed<AccessGrant> committed) {
    AccessGrant grant = committed.value();
    return new GrantView(grant.evidenceId(), grant.granteeMsp(), grant.grantedBy(),
        grant.grantedAt(), grant.revokedAt(), grant.holds(), committed.transactionId(),
        committed.blockNumber());
  }
}
