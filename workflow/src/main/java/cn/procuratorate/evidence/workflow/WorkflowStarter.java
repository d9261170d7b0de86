package cn.procuratorate.evidence.workflow;

import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.lead.LeadTransferRequest;
import cn.procuratorate.evidence.workflow.supervision.SupervisionRequest;
import cn.procuratorate.evidence.workflow.support.ProcessInstances;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Starts the processes a user starts (the other two are started by ledger events). A request
 * repeated for the same lead or supervision id returns the instance already started: a user who
 * clicks twice, or an API client that retries, does not hand the same lead over twice.
 */
public final class WorkflowStarter {

    private final RuntimeService runtime;
    private final HistoryService history;

    public WorkflowStarter(ProcessEngineServices engine) {
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
    }

    /** @return the id of the {@code lead-transfer} instance for the lead */
    public String startLeadTransfer(LeadTransferRequest request) {
        return startOnce(Processes.LEAD_TRANSFER, request.leadId(), request.variables());
    }

    /** @return the id of the {@code supervision-issue} instance for the supervision */
    public String startSupervision(SupervisionRequest request) {
        return startOnce(Processes.SUPERVISION_ISSUE, request.supervisionId(), request.variables());
    }

    private String startOnce(String processKey, String businessKey, Map<String, Object> variables) {
        List<HistoricProcessInstance> existing = ProcessInstances.byBusinessKey(history, processKey, businessKey);
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }
}
