package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.workflow.NoticeBoard;
import cn.procuratorate.evidence.node.workflow.WorkflowSettings;
import cn.procuratorate.evidence.workflow.WorkflowPorts;
import cn.procuratorate.evidence.workflow.WorkflowStarter;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import cn.procuratorate.evidence.workflow.lead.LeadLedger;
import cn.procuratorate.evidence.workflow.notice.Notifier;
import cn.procuratorate.evidence.workflow.supervision.SupervisionLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow module inside the node's engine (the Camunda Spring Boot starter builds the engine
 * from {@code camunda.bpm.*}): its delegates over the node's ports, the deadlines from
 * configuration, the starter of user-started processes and the router of ledger events. The ledger
 * and exchange ports themselves come from {@link LedgerPortsConfiguration} (fakes in tests).
 */
@Configuration(proxyBeanMethods = false)
public class WorkflowEngineConfiguration {

  @Bean
  DeadlineRules deadlineRules(WorkflowSettings settings) {
    return settings.deadlines().toRules();
  }

  @Bean
  Notifier workflowNotifier(NoticeBoard board) {
    return new StoredNotifier(board);
  }

  @Bean
  WorkflowPorts workflowPorts(LeadLedger leads, SupervisionLedger supervisions, EvidenceExchange exchange,
      Notifier notifier) {
    return new WorkflowPorts(leads, supervisions, exchange, notifier);
  }

  @Bean
  static BeanPostProcessor delegatesAsEngineBeans(ObjectProvider<WorkflowPorts> ports,
      ObjectProvider<DeadlineRules> rules) {
    return new DelegatesAsEngineBeans(ports, rules);
  }

  @Bean
  WorkflowStarter workflowStarter(ProcessEngine engine) {
    return new WorkflowStarter(engine);
  }

  @Bean
  LedgerEventRouter ledgerEventRouter(ProcessEngine engine, AgencyNode node) {
    return new LedgerEventRouter(engine, node.mspId());
  }
}
