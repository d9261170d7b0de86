package cn.procuratorate.evidence.workflow.task;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RESPONSE_DIGEST;

import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of the answer draft: the ledger carries the answer as the SHA-256 of its
 * off-chain text; a malformed digest is refused while the drafter can still correct it.
 */
public class CheckAnswerDraft implements TaskListener {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Override
    public void notify(DelegateTask task) {
        Object digest = task.getVariable(RESPONSE_DIGEST);
        if (!(digest instanceof String text) || !SHA256_HEX.matcher(text).matches()) {
            throw new IllegalStateException(RESPONSE_DIGEST + " must be the SHA-256 of the answer as 64 lowercase "
                    + "hex digits");
        }
    }
}
