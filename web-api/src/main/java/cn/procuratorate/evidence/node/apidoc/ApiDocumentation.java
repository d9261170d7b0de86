package cn.procuratorate.evidence.node.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Title, version and the two ways users authenticate, for the generated OpenAPI document. */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

  @Bean
  OpenAPI agencyNodeApi(@Value("${evidence.agency:}") String agency) {
    return new OpenAPI()
        .info(new Info()
            .title("Evidence ledger agency node" + (agency.isBlank() ? "" : " (" + agency + ")"))
            .version("0.1.0")
            .description("Evidence custody on the shared ledger: upload (anchored with SHA-256 and "
                + "SM3), verified download, sharing by ledger grants, verified exchange between "
                + "agencies, verification. Errors are RFC 9457 problem details "
                + "(type urn:evidence-ledger:problem:<code>)."))
        .components(new Components()
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("development users (dev profile)"))
            .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("access token of the agency's OIDC issuer")))
        .addSecurityItem(new SecurityRequirement().addList("basic"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
