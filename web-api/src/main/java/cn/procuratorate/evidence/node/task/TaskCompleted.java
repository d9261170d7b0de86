package cn.procuratorate.evidence.node.task;

import java.util.Map;

/** @param decision the variables the task was completed with, as the process received them */
public record TaskCompleted(String taskId, String taskKey, String businessKey, String completedBy,
    Map<String, Object> decision) {}
