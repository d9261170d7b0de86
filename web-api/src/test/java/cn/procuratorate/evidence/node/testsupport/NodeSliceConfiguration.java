package cn.procuratorate.evidence.node.testsupport;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.agency.ConsortiumMembers;
import cn.procuratorate.evidence.node.evidence.EvidenceAnchoring;
import cn.procuratorate.evidence.node.evidence.EvidenceHoldings;
import cn.procuratorate.evidence.node.evidence.EvidenceIntake;
import cn.procuratorate.evidence.node.evidence.EvidenceItems;
import cn.procuratorate.evidence.node.evidence.EvidenceReading;
import cn.procuratorate.evidence.node.evidence.EvidenceSharing;
import cn.procuratorate.evidence.node.evidence.IntegrityAlarm;
import cn.procuratorate.evidence.node.evidence.ReceivedCopies;
import cn.procuratorate.evidence.node.exchange.EvidenceFetching;
import cn.procuratorate.evidence.node.exchange.ExchangeSettings;
import cn.procuratorate.evidence.node.exchange.ReceiptRecording;
import cn.procuratorate.evidence.node.exchange.internal.AgencyCertificates;
import cn.procuratorate.evidence.node.exchange.internal.ExchangeSecurityConfiguration;
import cn.procuratorate.evidence.node.ledger.OutboxSettings;
import cn.procuratorate.evidence.node.ledger.RetrySchedule;
import cn.procuratorate.evidence.node.problem.ProblemWriter;
import cn.procuratorate.evidence.node.security.SecuritySettings;
import cn.procuratorate.evidence.node.security.internal.ApiSecurity;
import cn.procuratorate.evidence.node.storage.UploadSettings;
import cn.procuratorate.evidence.node.verification.FileVerification;
import cn.procuratorate.evidence.node.verification.ItemVerification;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.authentication.preauth.x509.X509PrincipalExtractor;

/**
 * The node's real services, security and database (in-memory H2 with the real schema) around
 * fakes of its own ports: ledger, bucket, access log, other agencies' nodes. The node is Police.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ApiSecurity.class, ExchangeSecurityConfiguration.class, ProblemWriter.class,
    EvidenceItems.class, ReceivedCopies.class, EvidenceIntake.class, EvidenceAnchoring.class,
    EvidenceHoldings.class, EvidenceReading.class, IntegrityAlarm.class, EvidenceSharing.class,
    EvidenceFetching.class, ReceiptRecording.class, ItemVerification.class, FileVerification.class})
@EnableConfigurationProperties({UploadSettings.class, SecuritySettings.class, ExchangeSettings.class,
    OutboxSettings.class})
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
    JdbcClientAutoConfiguration.class, SqlInitializationAutoConfiguration.class})
public class NodeSliceConfiguration {

  @Bean
  FakeCustodyLedger fakeLedger() {
    return new FakeCustodyLedger();
  }

  @Bean
  FakeEvidenceVault fakeVault() {
    return new FakeEvidenceVault();
  }

  @Bean
  FakeAccessLog fakeAccessLog() {
    return new FakeAccessLog();
  }

  @Bean
  FakeOwnerNodes fakeOwnerNodes() {
    return new FakeOwnerNodes();
  }

  @Bean
  AgencyNode agencyNode() {
    return new AgencyNode("police", "PoliceMSP", "Police", AgencyKind.POLICE, Path.of("target"), null);
  }

  @Bean
  ConsortiumMembers consortiumMembers() {
    return new ConsortiumMembers(List.of(
        new ConsortiumMember("procuratorate", "ProcuratorateMSP", "Procuratorate", 7109, null),
        new ConsortiumMember("police", "PoliceMSP", "Police", 7209, null),
        new ConsortiumMember("court", "CourtMSP", "Court", 7309, null)));
  }

  @Bean
  RetrySchedule retrySchedule(Clock clock) {
    return new RetrySchedule(OutboxSettings.defaults(), clock);
  }

  @Bean
  X509PrincipalExtractor agencyCertificates() {
    return new AgencyCertificates(TestCertificates.memberCas(), "node.");
  }
}
