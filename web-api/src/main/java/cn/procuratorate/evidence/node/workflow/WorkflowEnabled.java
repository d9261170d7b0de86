package cn.procuratorate.evidence.node.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Marks the workflow's controllers: present on a real agency node ({@code evidence.agency} set)
 * or where {@code evidence.workflow.enabled=true} says so (the workflow's slice tests). Other
 * features' web slices scan every controller but start no engine; without this they would fail
 * for want of one.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnExpression("${evidence.workflow.enabled:'${evidence.agency:}' != ''}")
public @interface WorkflowEnabled {}
