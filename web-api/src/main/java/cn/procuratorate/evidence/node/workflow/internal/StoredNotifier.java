package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.node.workflow.NoticeBoard;
import cn.procuratorate.evidence.workflow.notice.DeadlineNotice;
import cn.procuratorate.evidence.workflow.notice.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow's notifier: logs each reminder and escalation and keeps it on the node's notice
 * board, where the users it names read it ({@code GET /api/notices}). Mail or SMS would be a
 * further notifier; the board stays the record of what was sent.
 */
final class StoredNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(StoredNotifier.class);

  private final NoticeBoard board;

  StoredNotifier(NoticeBoard board) {
    this.board = board;
  }

  @Override
  public void remind(DeadlineNotice notice) {
    log.info("reminder {} for {} {} to user {} / group {}, due {}", notice.topic(), notice.processKey(),
        notice.businessKey(), notice.toUser(), notice.toRole(), notice.dueAt());
    board.post(NoticeBoard.REMINDER, notice);
  }

  @Override
  public void escalate(DeadlineNotice notice) {
    log.warn("ESCALATION {} for {} {} to user {} / group {}, due {}", notice.topic(), notice.processKey(),
        notice.businessKey(), notice.toUser(), notice.toRole(), notice.dueAt());
    board.post(NoticeBoard.ESCALATION, notice);
  }
}
