package cn.procuratorate.evidence.workflow.event;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEDGER_EVENT_PREFIX;

import cn.procuratorate.evidence.workflow.WorkflowNames.Messages;
import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.event.RouteResult.Outcome;
import cn.procuratorate.evidence.workflow.support.ProcessInstances;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Turns ledger events into BPMN message starts and correlations, so that each agency's engine
 * follows what the other agencies did on the ledger.
 *
 * <p>Delivering the same event twice has no second effect. A start is guarded by the business key
 * (an instance of the process for that lead or supervision, running or ended, means it was started
 * already); a correlation reaches only an execution that waits for the message, and the instance
 * remembers the id of every event it received (variable {@code ledgerEvent_<type>}), set in the
 * same transaction as the start or correlation, so a replay is recognised even where a process
 * would wait for the same message again.
 *
 * <p>Call it from one thread per node (the checkpointed event stream is consumed in order):
 * two concurrent deliveries of the same start event could both pass the guard. A correlation that
 * meets a concurrent change of the same instance throws Camunda's OptimisticLockingException;
 * deliver the event again.
 */
public final class LedgerEventRouter {

    private record Route(String processKey, boolean startsProcess) {
    }

    private static final Map<String, Route> ROUTES = Map.of(
            Messages.LEAD_SUBMITTED, new Route(Processes.LEAD_INTAKE, true),
            Messages.LEAD_ACCEPTED, new Route(Processes.LEAD_TRANSFER, false),
            Messages.LEAD_REJECTED, new Route(Processes.LEAD_TRANSFER, false),
            Messages.LEAD_CONCLUDED, new Route(Processes.LEAD_TRANSFER, false),
            Messages.SUPERVISION_ISSUED, new Route(Processes.SUPERVISION_RESPONSE, true),
            Messages.SUPERVISION_RESPONDED, new Route(Processes.SUPERVISION_ISSUE, false),
            Messages.SUPERVISION_CLOSED, new Route(Processes.SUPERVISION_RESPONSE, false),
            Messages.SUPERVISION_ESCALATED, new Route(Processes.SUPERVISION_RESPONSE, false));

    private final RuntimeService runtime;
    private final HistoryService history;
    private final String ownMspId;

    /** @param ownMspId this node's agency; events addressed to others are ignored */
    public LedgerEventRouter(ProcessEngineServices engine, String ownMspId) {
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
        this.ownMspId = Objects.requireNonNull(ownMspId, "ownMspId");
    }

    public RouteResult route(LedgerEventNotice event) {
        Route route = ROUTES.get(event.type());
        if (route == null) {
            return RouteResult.of(Outcome.IGNORED, null, "no workflow reacts to " + event.type());
        }
        if (!ownMspId.equals(event.addressedTo())) {
            return RouteResult.of(Outcome.IGNORED, null, event.type() + " is addressed to " + event.addressedTo());
        }
        List<HistoricProcessInstance> instances =
                ProcessInstances.byBusinessKey(history, route.processKey(), event.businessKey());
        Map<String, Object> variables = new HashMap<>(event.variables());
        variables.put(LEDGER_EVENT_PREFIX + event.type(), event.eventId());
        return route.startsProcess()
                ? start(route, event, instances, variables)
                : correlate(route, event, instances, variables);
    }

    private RouteResult start(Route route, LedgerEventNotice event, List<HistoricProcessInstance> instances,
            Map<String, Object> variables) {
        if (!instances.isEmpty()) {
            return RouteResult.of(Outcome.DUPLICATE, instances.get(0).getId(),
                    route.processKey() + " already started for " + event.businessKey());
        }
        ProcessInstance started = runtime.startProcessInstanceByMessage(event.type(), event.businessKey(), variables);
        return RouteResult.of(Outcome.STARTED, started.getId(), event.type() + " started " + route.processKey());
    }

    private RouteResult correlate(Route route, LedgerEventNotice event, List<HistoricProcessInstance> instances,
            Map<String, Object> variables) {
        if (instances.isEmpty()) {
            return RouteResult.of(Outcome.IGNORED, null,
                    "no " + route.processKey() + " instance for " + event.businessKey());
        }
        String seenBy = instanceThatReceived(event, instances);
        if (seenBy != null) {
            return RouteResult.of(Outcome.DUPLICATE, seenBy,
                    event.type() + " " + event.eventId() + " delivered before");
        }
        List<MessageCorrelationResult> reached = runtime.createMessageCorrelation(event.type())
                .processInstanceBusinessKey(event.businessKey())
                .setVariables(variables)
                .correlateAllWithResult();
        if (!reached.isEmpty()) {
            return RouteResult.of(Outcome.CORRELATED, reached.get(0).getExecution().getProcessInstanceId(),
                    event.type() + " reached " + route.processKey());
        }
        boolean running = instances.stream().anyMatch(instance -> instance.getEndTime() == null);
        return running
                ? RouteResult.of(Outcome.NOT_YET_WAITING, instances.get(0).getId(),
                        route.processKey() + " for " + event.businessKey() + " does not wait for " + event.type())
                : RouteResult.of(Outcome.IGNORED, instances.get(0).getId(),
                        route.processKey() + " for " + event.businessKey() + " has ended");
    }

    private String instanceThatReceived(LedgerEventNotice event, List<HistoricProcessInstance> instances) {
        String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
        return history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(ids)
                .variableName(LEDGER_EVENT_PREFIX + event.type())
                .list().stream()
                .filter(variable -> event.eventId().equals(variable.getValue()))
                .map(variable -> variable.getProcessInstanceId())
                .findFirst().orElse(null);
    }
}
