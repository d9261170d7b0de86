package cn.procuratorate.evidence.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.workflow.WorkflowNames.Activities;
import cn.procuratorate.evidence.workflow.WorkflowNames.Beans;
import cn.procuratorate.evidence.workflow.WorkflowNames.Messages;
import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.fakes.FakeEvidenceExchange;
import cn.procuratorate.evidence.workflow.fakes.FakeLeadLedger;
import cn.procuratorate.evidence.workflow.fakes.FakeNotifier;
import cn.procuratorate.evidence.workflow.fakes.FakeSupervisionLedger;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the BPMN files and {@link WorkflowNames} / {@link WorkflowDelegates} from drifting apart. */
class BpmnNamesTest {

    private static final List<BpmnModelInstance> MODELS = new ArrayList<>();

    @BeforeAll
    static void readModels() throws Exception {
        for (String key : constants(Processes.class)) {
            try (InputStream in = BpmnNamesTest.class.getResourceAsStream("/bpmn/" + key + ".bpmn")) {
                assertThat(in).as("bpmn/" + key + ".bpmn").isNotNull();
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                Bpmn.validateModel(model);
                MODELS.add(model);
            }
        }
    }

    @Test
    void eachFileHoldsTheProcessItIsNamedAfter() {
        Set<String> processIds = new TreeSet<>();
        MODELS.forEach(model -> model.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId())));
        assertThat(processIds).containsExactlyInAnyOrderElementsOf(constants(Processes.class));
    }

    @Test
    void everyDelegateExpressionHasADelegateAndEveryDelegateIsUsed() {
        Set<String> used = new TreeSet<>();
        MODELS.forEach(model -> model.getModelElementsByType(ServiceTask.class).forEach(task -> {
            String expression = task.getCamundaDelegateExpression();
            assertThat(expression).as(task.getId()).matches("\\$\\{[A-Za-z]+}");
            used.add(expression.substring(2, expression.length() - 1));
        }));
        Set<String> provided = WorkflowDelegates.create(new WorkflowPorts(new FakeLeadLedger(),
                new FakeSupervisionLedger(), new FakeEvidenceExchange(), new FakeNotifier()),
                DeadlineRules.procedural()).keySet();

        assertThat(used).isEqualTo(provided);
        assertThat(constants(Beans.class)).containsExactlyInAnyOrderElementsOf(provided);
    }

    @Test
    void theMessagesOfTheFilesAreTheMessageConstants() {
        Set<String> inFiles = new TreeSet<>();
        MODELS.forEach(model -> model.getModelElementsByType(Message.class).forEach(m -> inFiles.add(m.getName())));
        assertThat(inFiles).containsExactlyInAnyOrderElementsOf(constants(Messages.class));
    }

    @Test
    void everyActivityConstantNamesAnElementOfSomeProcess() {
        for (String id : constants(Activities.class)) {
            assertThat(MODELS.stream().anyMatch(model -> model.getModelElementById(id) != null))
                    .as("element " + id).isTrue();
        }
    }

    @Test
    void everyTaskListenerClassExists() {
        MODELS.forEach(model -> model.getModelElementsByType(CamundaTaskListener.class).forEach(listener -> {
            try {
                Class.forName(listener.getCamundaClass());
            } catch (ClassNotFoundException e) {
                throw new AssertionError("task listener " + listener.getCamundaClass() + " does not exist", e);
            }
        }));
    }

    private static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
