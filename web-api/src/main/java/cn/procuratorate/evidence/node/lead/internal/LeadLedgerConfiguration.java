package cn.procuratorate.evidence.node.lead.internal;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.node.lead.LeadRecords;
import cn.procuratorate.evidence.node.workflow.LedgerReads;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads leads from the ledger through the node's one connection (its own peer). */
@Configuration(proxyBeanMethods = false)
public class LeadLedgerConfiguration {

  @Bean
  LeadRecords leadRecords(LedgerConnection connection) {
    return leadId -> LedgerInput.isId(leadId)
        ? LedgerReads.read(() -> connection.leads().get(leadId))
        : Optional.empty();
  }
}
