package cn.procuratorate.evidence.node.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A web slice of the Police node: every controller, the real security, problem handling and
 * services, fakes behind the ports. One shared context for all controller tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = {"evidence.exchange.port=" + NodeWebTestSupport.EXCHANGE_PORT})
@Import(NodeSliceConfiguration.class)
public @interface NodeWebTest {}
