package cn.procuratorate.evidence.workflow;

import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.fakes.FakeEvidenceExchange;
import cn.procuratorate.evidence.workflow.fakes.FakeLeadLedger;
import cn.procuratorate.evidence.workflow.fakes.FakeNotifier;
import cn.procuratorate.evidence.workflow.fakes.FakeSupervisionLedger;
import java.util.HashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * One in-memory engine (H2) for all process tests, wired the way a node without Spring would wire
 * it: the delegates from {@link WorkflowDelegates} as the engine's beans, over fakes of the ports.
 * The job executor is off: tests run jobs and timers explicitly.
 */
final class WorkflowTestEngine {

    static final FakeLeadLedger LEAD_LEDGER = new FakeLeadLedger();
    static final FakeSupervisionLedger SUPERVISION_LEDGER = new FakeSupervisionLedger();
    static final FakeEvidenceExchange EVIDENCE_EXCHANGE = new FakeEvidenceExchange();
    static final FakeNotifier NOTIFIER = new FakeNotifier();

    private static ProcessEngine engine;

    private WorkflowTestEngine() {
    }

    static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("workflow-test");
            configuration.setJdbcUrl("jdbc:h2:mem:workflow-test;DB_CLOSE_DELAY=-1");
            configuration.setJobExecutorActivate(false);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            WorkflowPorts ports = new WorkflowPorts(LEAD_LEDGER, SUPERVISION_LEDGER, EVIDENCE_EXCHANGE, NOTIFIER);
            configuration.setBeans(new HashMap<>(WorkflowDelegates.create(ports, DeadlineRules.procedural())));
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    /** Camunda's JUnit 5 support over this engine; deploys a test class's {@code @Deployment}. */
    static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(get()).build();
    }

    static void resetFakes() {
        LEAD_LEDGER.reset();
        SUPERVISION_LEDGER.reset();
        EVIDENCE_EXCHANGE.reset();
        NOTIFIER.reset();
    }
}
