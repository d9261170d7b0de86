package cn.procuratorate.evidence.node.lead;

import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.node.workflow.Notice;
import cn.procuratorate.evidence.node.workflow.ProcessProgress;
import java.util.List;

/**
 * A lead as this node sees it.
 *
 * @param side {@code SENDER} or {@code RECEIVER}
 * @param ledger the ledger's record with its history (status, who decided, why, tx ids); null while
 *     the sender's submission is still on its way
 * @param process this node's process for the lead, null if it has none (yet)
 * @param notices reminders and escalations this node sent about the lead
 */
public record LeadView(String leadId, String side, Lead ledger, ProcessProgress process, List<Notice> notices) {}
