package cn.procuratorate.evidence.workflow.notice;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.NOTICE_DUE_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.NOTICE_TOPIC;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.NOTICE_TO_ROLE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.NOTICE_TO_USER;

import cn.procuratorate.evidence.workflow.support.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Builds a notice from the input parameters of the notice task the execution is in. */
final class Notices {

    private Notices() {
    }

    static DeadlineNotice from(DelegateExecution execution) {
        String toUser = Variables.optionalString(execution, NOTICE_TO_USER);
        String toRole = Variables.optionalString(execution, NOTICE_TO_ROLE);
        if (isBlank(toUser) && isBlank(toRole)) {
            throw new IllegalStateException("a notice task needs " + NOTICE_TO_USER + " or " + NOTICE_TO_ROLE);
        }
        Date dueAt = Variables.optionalDate(execution, NOTICE_DUE_AT);
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        return new DeadlineNotice(processKey, execution.getProcessBusinessKey(),
                Variables.requireString(execution, NOTICE_TOPIC),
                isBlank(toUser) ? null : toUser, isBlank(toRole) ? null : toRole,
                dueAt == null ? null : dueAt.toInstant());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
