package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import cn.procuratorate.evidence.node.lead.LeadRecords;
import cn.procuratorate.evidence.node.lead.LeadTransfers;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.security.SecuritySettings;
import cn.procuratorate.evidence.node.security.internal.ApiSecurity;
import cn.procuratorate.evidence.node.supervision.SupervisionIssuing;
import cn.procuratorate.evidence.node.supervision.SupervisionRecords;
import cn.procuratorate.evidence.node.task.TaskViews;
import cn.procuratorate.evidence.node.task.WorkTasks;
import cn.procuratorate.evidence.node.testsupport.FakeCustodyLedger;
import cn.procuratorate.evidence.node.workflow.internal.WorkflowEngineConfiguration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The workflow's real engine (Camunda's Spring Boot starter on in-memory H2, job executor off),
 * its real services, security and problem handling, around fakes of the ledger, the evidence
 * exchange and the other agencies. The node is the agency named by {@code test.agency}
 * (procuratorate unless a test class says otherwise).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ApiSecurity.class, ProblemWriter.class, WorkflowEngineConfiguration.class, NoticeBoard.class,
    WorkflowGroups.class, WorkflowProgress.class, HandOffInput.class, LeadTransfers.class,
    SupervisionIssuing.class, WorkTasks.class, TaskViews.class})
@EnableConfigurationProperties({SecuritySettings.class, WorkflowSettings.class})
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class,
    SqlInitializationAutoConfiguration.class, CamundaBpmAutoConfiguration.class})
public class WorkflowSliceConfiguration {

  public static final List<ConsortiumMember> MEMBERS = List.of(
      new ConsortiumMember("procuratorate", "ProcuratorateMSP", "Procuratorate", 7109, null),
      new ConsortiumMember("police", "PoliceMSP", "Police", 7209, null),
      new ConsortiumMember("court", "CourtMSP", "Court", 7309, null));

  @Bean
  AgencyNode agencyNode(@Value("${test.agency:procuratorate}") String agency) {
    AgencyKind kind = switch (agency) {
      case "procuratorate" -> AgencyKind.PROCURATORATE;
      case "police" -> AgencyKind.POLICE;
      default -> AgencyKind.COURT;
    };
    ConsortiumMember self = MEMBERS.stream().filter(m -> m.agency().equals(agency)).findFirst().orElseThrow();
    return new AgencyNode(agency, self.mspId(), self.displayName(), kind, Path.of("target"), null);
  }

  @Bean
  ConsortiumMembers consortiumMembers() {
    return new ConsortiumMembers(MEMBERS);
  }

  @Bean
  FakeCustodyLedger fakeCustodyLedger() {
    return new FakeCustodyLedger();
  }

  @Bean
  FakeWorkflowLedger fakeWorkflowLedger(Clock clock) {
    return new FakeWorkflowLedger(clock);
  }

  @Bean
  FakeEvidenceChecks fakeEvidenceChecks() {
    return new FakeEvidenceChecks();
  }

  @Bean
  LedgerRecordsInMemory ledgerRecordsInMemory() {
    return new LedgerRecordsInMemory();
  }

  @Bean
  LeadRecords leadRecords(LedgerRecordsInMemory records) {
    return id -> Optional.ofNullable(records.leads.get(id));
  }

  @Bean
  SupervisionRecords supervisionRecords(LedgerRecordsInMemory records) {
    return id -> Optional.ofNullable(records.supervisions.get(id));
  }

  /** Leads and supervisions a test puts "on the ledger" for the views to read. */
  public static final class LedgerRecordsInMemory {
    public final Map<String, Lead> leads = new ConcurrentHashMap<>();
    public final Map<String, Supervision> supervisions = new ConcurrentHashMap<>();
  }
}
