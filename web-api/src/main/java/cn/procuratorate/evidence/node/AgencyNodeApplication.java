package cn.procuratorate.evidence.node;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * One agency's node: its REST API, its custody of evidence in its own bucket, its ledger client
 * and its end of the node-to-node exchange. Which agency it is comes from {@code evidence.agency}
 * (env {@code EVIDENCE_AGENCY}); everything else from that agency's connection profile.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AgencyNodeApplication {

  public static void main(String[] args) {
    SpringApplication.run(AgencyNodeApplication.class, args);
  }

  /** Every timestamp the node writes comes from here, so that tests can fix the time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
