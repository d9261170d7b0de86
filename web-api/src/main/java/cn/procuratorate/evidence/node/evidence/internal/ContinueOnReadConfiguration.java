package cn.procuratorate.evidence.node.evidence.internal;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers {@code Expect: 100-continue} only when the application starts reading the body.
 * Tomcat's default is to say "continue" at once, so a client that declared a 10 GB upload the
 * node refuses (too large, unknown field, no permission) would start sending it anyway; with
 * {@code onRead} the refusal is the first and only answer and no byte of the body travels.
 */
@Configuration(proxyBeanMethods = false)
public class ContinueOnReadConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnlyWhenTheBodyIsRead() {
    return factory -> factory.addConnectorCustomizers(
        connector -> connector.setProperty("continueResponseTiming", "onRead"));
  }
}
