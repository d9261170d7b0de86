package cn.procuratorate.evidence.node.health;

import cn.procuratorate.evidence.node.evidence.AnchorStatus;
import cn.procuratorate.evidence.node.evidence.EvidenceItems;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The anchoring backlog: always UP (a backlog is the outbox doing its job), but an operator sees
 * how many items wait and whether any was refused by the ledger.
 */
@Component("anchoringHealthIndicator")
class AnchoringHealth implements HealthIndicator {

  private final EvidenceItems items;

  AnchoringHealth(EvidenceItems items) {
    this.items = items;
  }

  @Override
  public Health health() {
    Map<AnchorStatus, Long> counts = items.countByStatus();
    return Health.up().withDetails(Map.copyOf(counts.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))))
        .build();
  }
}
