package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.exchange.EvidenceFetching;
import cn.procuratorate.evidence.node.verification.ItemVerification;
import cn.procuratorate.evidence.node.verification.ItemVerificationReport;
import cn.procuratorate.evidence.node.workflow.WorkflowSettings;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import cn.procuratorate.evidence.workflow.lead.LeadLedger;
import cn.procuratorate.evidence.workflow.supervision.SupervisionLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow's ports on a real node: the lead and supervision contracts over the node's one
 * ledger connection, the evidence exchange over the node's fetch and verification, and the feed
 * of the ledger's events into the engine.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerPortsConfiguration {

  @Bean
  LeadLedger leadLedger(LedgerConnection connection) {
    return new FabricLeadLedger(LeadTransitions.over(connection.idempotentLeads()));
  }

  @Bean
  SupervisionLedger supervisionLedger(LedgerConnection connection) {
    return new FabricSupervisionLedger(SupervisionTransitions.over(connection.idempotentSupervisions()));
  }

  @Bean
  EvidenceExchange evidenceExchange(EvidenceFetching fetching, ItemVerification verification,
      WorkflowSettings settings) {
    return new FetchingEvidenceExchange(new FetchingEvidenceExchange.Exchange() {
      @Override
      public ReceivedCopy fetch(String evidenceId, String expectedOwner, String userLedgerId) {
        return fetching.fetch(evidenceId, expectedOwner, userLedgerId);
      }

      @Override
      public ItemVerificationReport verifyOwn(String evidenceId, String userLedgerId) {
        return verification.verify(evidenceId, userLedgerId);
      }
    }, settings.systemUser());
  }

  @Bean
  LedgerEventFeed ledgerEventFeed(LedgerConnection connection, LedgerEventRouter router, AgencyNode node,
      WorkflowSettings settings) {
    WorkflowEventDelivery delivery = new WorkflowEventDelivery(new LedgerEventTranslator(), router,
        settings.events().notYetWaitingRetries(), settings.events().retryInitial());
    return new LedgerEventFeed(connection, delivery, node.dataDir(), settings.events());
  }
}
