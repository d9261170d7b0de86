package cn.procuratorate.evidence.node.supervision.internal;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.node.supervision.SupervisionRecords;
import cn.procuratorate.evidence.node.workflow.LedgerReads;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads supervisions from the ledger through the node's one connection (its own peer). */
@Configuration(proxyBeanMethods = false)
public class SupervisionLedgerConfiguration {

  @Bean
  SupervisionRecords supervisionRecords(LedgerConnection connection) {
    return supervisionId -> LedgerInput.isId(supervisionId)
        ? LedgerReads.read(() -> connection.supervisions().get(supervisionId))
        : Optional.empty();
  }
}
