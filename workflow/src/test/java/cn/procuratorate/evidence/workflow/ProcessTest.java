package cn.procuratorate.evidence.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared set-up of the process tests: engine, fakes, a fixed clock, and explicit job execution.
 * Each test class registers its own {@link WorkflowTestEngine#extension()}: Camunda's extension
 * forgets its engine after a class, so one instance cannot serve several classes.
 */
abstract class ProcessTest {

    /** Monday 2025-03-03 09:00 China Standard Time. */
    static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

    protected final ProcessEngine engine = WorkflowTestEngine.get();

    @BeforeEach
    void resetWorld() {
        WorkflowTestEngine.resetFakes();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClockAndUser() {
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    /** Runs every asynchronous continuation that is due, as the job executor would; timers are left alone. */
    protected void runDueJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming; a loop in the process?");
    }

    /** The one asynchronous continuation waiting before the given activity. */
    protected Job jobBefore(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .messages().activityId(activityId).singleResult();
        assertThat(job).as("job before " + activityId).isNotNull();
        return job;
    }

    protected Job timer(ProcessInstance instance, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .timers().activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        return job;
    }

    /** Fires a timer now (whatever its due date) and runs what follows it. */
    protected void fireTimer(ProcessInstance instance, String activityId) {
        engine.getManagementService().executeJob(timer(instance, activityId).getId());
        runDueJobs();
    }

    protected Task task(ProcessInstance instance, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("task " + taskKey).isNotNull();
        return task;
    }

    /** Completes a task as an authenticated user, as the node's API does, and runs what follows. */
    protected void completeAs(String user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = task(instance, taskKey);
        engine.getIdentityService().setAuthenticatedUserId(user);
        try {
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        runDueJobs();
    }

    protected Object variable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    /** The engine's clock moved on, as if that much time had passed since {@link #START}. */
    protected static void clockAt(Duration sinceStart) {
        ClockUtil.setCurrentTime(Date.from(START.plus(sinceStart)));
    }

    protected static Date startPlus(Duration duration) {
        return Date.from(START.plus(duration));
    }
}
