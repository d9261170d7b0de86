package cn.procuratorate.evidence.node.workflow;

import cn.procuratorate.evidence.node.lead.LeadController;
import cn.procuratorate.evidence.node.supervision.SupervisionController;
import cn.procuratorate.evidence.node.task.NoticeController;
import cn.procuratorate.evidence.node.task.TaskController;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice of the workflow's controllers on a real engine with fake ports. The job executor is
 * off: a test runs jobs and timers itself, so it sees each step happen.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    controllers = {LeadController.class, SupervisionController.class, TaskController.class,
        NoticeController.class},
    properties = {"evidence.workflow.enabled=true", "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.generate-unique-process-engine-name=true", "camunda.bpm.webapp.enabled=false"})
@Import(WorkflowSliceConfiguration.class)
public @interface WorkflowWebTest {}
