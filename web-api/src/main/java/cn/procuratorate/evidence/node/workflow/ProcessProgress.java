package cn.procuratorate.evidence.node.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where this node's side of a lead or supervision stands in its engine.
 *
 * @param state Camunda's instance state: {@code ACTIVE}, {@code COMPLETED}, {@code SUSPENDED}, …
 * @param waitingAt the activities it waits in (user tasks, message waits, jobs); empty once ended
 * @param endActivityId the end event it reached, or null while running
 * @param incidents failed jobs that need an administrator (Cockpit); the ledger step waits
 * @param variables the decision and ledger-transaction variables, for the timeline
 */
public record ProcessProgress(
    String processInstanceId,
    String processKey,
    String state,
    Instant startedAt,
    Instant endedAt,
    List<String> waitingAt,
    String endActivityId,
    long incidents,
    Map<String, Object> variables) {}
