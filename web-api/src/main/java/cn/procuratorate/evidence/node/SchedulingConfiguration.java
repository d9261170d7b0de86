package cn.procuratorate.evidence.node;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the outboxes and the access batches. A configuration of its own, not an annotation on
 * the application class, so that slice tests (which load that class) run no background jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class SchedulingConfiguration {}
