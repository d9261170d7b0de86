package cn.procuratorate.evidence.node.supervision;

import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.node.workflow.Notice;
import cn.procuratorate.evidence.node.workflow.ProcessProgress;
import java.util.List;

/**
 * A supervision as this node sees it.
 *
 * @param side {@code ISSUER} or {@code TARGET}
 * @param ledger the ledger's record (status, deadline, overdue, answer digest, evaluation, history);
 *     null while the issue is still on its way
 * @param process this node's process for it, null if it has none (yet)
 * @param notices reminders and escalations this node sent about it
 */
public record SupervisionView(
    String supervisionId, String side, Supervision ledger, ProcessProgress process, List<Notice> notices) {}
