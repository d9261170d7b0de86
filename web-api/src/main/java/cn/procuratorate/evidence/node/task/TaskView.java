package cn.procuratorate.evidence.node.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One open task.
 *
 * @param taskKey the task's id in its process ({@code ReviewLead}, {@code DraftAnswer}, …): what
 *     decision it takes (web-api/README.md lists the variables of each)
 * @param businessKey the lead or supervision id
 * @param context what the decider needs to see: the evidence verdict of a lead, the deadline and
 *     the answer of a supervision, …
 */
public record TaskView(
    String taskId,
    String name,
    String taskKey,
    String processKey,
    String businessKey,
    String assignee,
    List<String> candidateGroups,
    Instant createdAt,
    Map<String, Object> context) {}
