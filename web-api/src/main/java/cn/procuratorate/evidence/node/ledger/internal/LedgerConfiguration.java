package cn.procuratorate.evidence.node.ledger.internal;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.ledger.CustodyLedger;
import cn.procuratorate.evidence.node.ledger.OutboxSettings;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Gateway connection per node, as the node's Fabric client identity from its profile. It
 * connects lazily: a node whose peer is down still starts, and its uploads wait as PENDING.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

  @Bean(destroyMethod = "close")
  LedgerConnection ledgerConnection(AgencyNode node) {
    return LedgerConnection.open(node.profile());
  }

  @Bean
  CustodyLedger custodyLedger(LedgerConnection connection) {
    return new FabricCustodyLedger(connection);
  }

  @Bean
  RetrySchedule retrySchedule(OutboxSettings settings, Clock clock) {
    return new RetrySchedule(settings, clock);
  }
}
