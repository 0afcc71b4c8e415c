package io.partnerflow.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Staff's API description: springdoc's group {@code staff} ({@code /v3/api-docs/staff}), every
 * {@code /api} endpoint but the partner API's, with HTTP Basic against the Camunda users. Read by the
 * staff only ({@link SecurityConfiguration#apiDocs}); the partner API has a public group of its own.
 */
@Configuration(proxyBeanMethods = false)
class StaffApiDocumentation {

	@Bean
	GroupedOpenApi staffApiGroup() {
		return GroupedOpenApi.builder()
			.group("staff")
			.displayName("Staff API")
			.pathsToMatch("/api/**")
			.pathsToExclude("/api/partner/**")
			.addOpenApiCustomizer(openApi -> {
				openApi.info(new Info().title("PartnerFlow staff API")
					.version("1")
					.description("For PartnerFlow's staff: HTTP Basic with a PartnerFlow (Camunda) user; each endpoint checks "
							+ "the user's groups (README, \"Security\"). Errors are RFC 7807 problem details."));
				Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
				openApi.components(components.addSecuritySchemes("staffBasic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
				openApi.addSecurityItem(new SecurityRequirement().addList("staffBasic"));
			})
			.build();
	}

}
