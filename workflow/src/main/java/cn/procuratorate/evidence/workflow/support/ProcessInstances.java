package cn.procuratorate.evidence.workflow.support;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Instances by process key and business key, running or ended. The history is asked, not the
 * runtime, so that an ended instance also counts: a lead rejected last week must not start again
 * when its event is delivered once more. Needs history level "activity" or higher (the Camunda
 * Spring Boot starter's default is "full").
 */
public final class ProcessInstances {

    private ProcessInstances() {
    }

    public static List<HistoricProcessInstance> byBusinessKey(HistoryService history, String processKey,
            String businessKey) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().asc()
                .list();
    }
}
