package cn.procuratorate.evidence.node.health;

import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP when the node's own peer answers a channel-height query. */
@Component("ledgerHealthIndicator")
class LedgerHealth implements HealthIndicator {

  private final CustodyLedger ledger;

  LedgerHealth(CustodyLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Health health() {
    try {
      return Health.up().withDetail("mspId", ledger.mspId()).withDetail("height", ledger.chainHeight()).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("mspId", ledger.mspId()).withDetail("error", e.getMessage()).build();
    }
  }
}
