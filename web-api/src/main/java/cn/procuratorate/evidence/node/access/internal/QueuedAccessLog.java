package cn.procuratorate.evidence.node.access.internal;

import cn.procuratorate.evidence.ledger.model.AccessRecord;
import cn.procuratorate.evidence.node.access.AccessLog;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes each read to {@code pending_access}; {@link AccessBatches} sends them. */
@Component
class QueuedAccessLog implements AccessLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  QueuedAccessLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void record(String evidenceId, String user, String purpose) {
    String text = purpose == null ? "" : purpose;
    if (text.length() > AccessRecord.MAX_PURPOSE_LENGTH) {
      text = text.substring(0, AccessRecord.MAX_PURPOSE_LENGTH);
    }
    jdbc.sql("INSERT INTO pending_access (evidence_id, user_id, purpose, read_at) VALUES (?, ?, ?, ?)")
        .params(evidenceId, user, text, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
  }
}
