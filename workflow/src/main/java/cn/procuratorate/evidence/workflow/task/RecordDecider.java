package cn.procuratorate.evidence.workflow.task;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Completion listener of every decision task: refuses a completion that lacks the decision's
 * variables or cannot be attributed to a user, and keeps who decided, because every decision that
 * reaches the ledger is recorded with its author.
 *
 * <p>Configured per task with fields: {@code decidedByVariable} (where to keep the user),
 * {@code requiredVariables} (comma-separated) and {@code notSameUserAs} (a variable holding a user
 * who may not also make this decision: four eyes on an answer before it leaves the agency).
 * Camunda creates a new instance for each call, so the fields are not shared between tasks.
 */
public class RecordDecider implements TaskListener {

    private Expression decidedByVariable;
    private Expression requiredVariables;
    private Expression notSameUserAs;

    @Override
    public void notify(DelegateTask task) {
        String user = decidingUser(task);
        if (user == null) {
            throw new IllegalStateException("task " + task.getTaskDefinitionKey()
                    + " must be completed by an authenticated user or its assignee");
        }
        for (String name : names(requiredVariables, task)) {
            if (task.getVariable(name) == null) {
                throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " needs the variable \""
                        + name + "\" to complete");
            }
        }
        for (String name : names(notSameUserAs, task)) {
            if (user.equals(task.getVariable(name))) {
                throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " must be decided by another "
                        + "user than " + name + " (" + user + ")");
            }
        }
        task.getExecution().setVariable(text(decidedByVariable, task), user);
    }

    /** The authenticated user completing the task (the API sets it), else the task's assignee. */
    private static String decidingUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee();
    }

    private static String[] names(Expression list, DelegateTask task) {
        if (list == null) {
            return new String[0];
        }
        return Arrays.stream(text(list, task).split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    private static String text(Expression expression, DelegateTask task) {
        if (expression == null) {
            throw new IllegalStateException("task " + task.getTaskDefinitionKey() + ": RecordDecider needs the field "
                    + "decidedByVariable");
        }
        return String.valueOf(expression.getValue(task));
    }

    public void setDecidedByVariable(Expression decidedByVariable) {
        this.decidedByVariable = decidedByVariable;
    }

    public void setRequiredVariables(Expression requiredVariables) {
        this.requiredVariables = requiredVariables;
    }

    public void setNotSameUserAs(Expression notSameUserAs) {
        this.notSameUserAs = notSameUserAs;
    }
}
