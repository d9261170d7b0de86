package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.workflow.WorkflowDelegates;
import cn.procuratorate.evidence.workflow.WorkflowPorts;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import java.util.HashMap;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Hands the workflow's delegates to the engine as its expression beans, under the names the BPMN
 * files use. With a bean map, Camunda's Spring expression manager resolves expressions against
 * that map only, not the whole application context: a process model can reach the delegates, not
 * the node's other beans. Done before the engine is built, which reads the map once.
 */
final class DelegatesAsEngineBeans implements BeanPostProcessor {

  private final ObjectProvider<WorkflowPorts> ports;
  private final ObjectProvider<DeadlineRules> rules;

  DelegatesAsEngineBeans(ObjectProvider<WorkflowPorts> ports, ObjectProvider<DeadlineRules> rules) {
    this.ports = ports;
    this.rules = rules;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof ProcessEngineConfigurationImpl configuration) {
      configuration.setBeans(new HashMap<>(WorkflowDelegates.create(ports.getObject(), rules.getObject())));
    }
    return bean;
  }
}
