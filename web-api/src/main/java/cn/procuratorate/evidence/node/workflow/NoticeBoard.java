package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.workflow.notice.DeadlineNotice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reminders and escalations of the node's processes, in the node's own database. A notice is
 * written in the transaction of the job that sends it, so a job that fails and is retried does
 * not leave a notice behind for each attempt.
 */
@Component
public class NoticeBoard {

  public static final String REMINDER = "REMINDER";
  public static final String ESCALATION = "ESCALATION";

  private final JdbcClient jdbc;
  private final Clock clock;

  public NoticeBoard(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void post(String kind, DeadlineNotice notice) {
    jdbc.sql("""
            INSERT INTO workflow_notice
              (notice_kind, process_key, business_key, topic, to_user, to_role, due_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(kind, notice.processKey(), notice.businessKey(), notice.topic(), notice.toUser(),
            notice.toRole(), timestamp(notice.dueAt()), timestamp(clock.instant()))
        .update();
  }

  /** The newest notices addressed to the user by name or to one of their process groups. */
  public List<Notice> addressedTo(String userId, List<String> groups, int limit) {
    List<String> roles = groups.isEmpty() ? List.of("") : groups;
    return jdbc.sql("""
            SELECT * FROM workflow_notice
            WHERE to_user = :user OR to_role IN (:roles)
            ORDER BY id DESC LIMIT :limit""")
        .param("user", userId)
        .param("roles", roles)
        .param("limit", limit)
        .query(NoticeBoard::notice)
        .list();
  }

  /** Every notice about one lead or supervision, oldest first (for its view and for audits). */
  public List<Notice> about(String businessKey) {
    return jdbc.sql("SELECT * FROM workflow_notice WHERE business_key = ? ORDER BY id")
        .param(businessKey)
        .query(NoticeBoard::notice)
        .list();
  }

  private static Notice notice(ResultSet row, int rowNumber) throws SQLException {
    return new Notice(row.getLong("id"), row.getString("notice_kind"), row.getString("process_key"),
        row.getString("business_key"), row.getString("topic"), row.getString("to_user"),
        row.getString("to_role"), instant(row, "due_at"), instant(row, "created_at"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
