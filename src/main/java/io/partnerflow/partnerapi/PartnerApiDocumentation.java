package io.partnerflow.partnerapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The partner API's OpenAPI description: springdoc's group {@code partner}, served at the stable
 * address {@code /api/partner/v1/openapi.json} (public: it holds no data) and in Swagger UI. It names the
 * bearer key scheme, requires it of every operation, and documents each operation's refusals as RFC 7807
 * problems ({@code application/problem+json}, schema {@code Problem}).
 */
@Configuration
class PartnerApiDocumentation {

	static final String GROUP = "partner";

	static final String SCHEME = "partnerApiKey";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	@Bean
	GroupedOpenApi partnerApiGroup() {
		return GroupedOpenApi.builder()
			.group(GROUP)
			.displayName("Partner API (v1)")
			.pathsToMatch("/api/partner/v1/**")
			.pathsToExclude("/api/partner/v1/openapi.json")
			.addOpenApiCustomizer(openApi -> {
				openApi.info(new Info().title("PartnerFlow partner API")
					.version("v1")
					.description("For a partner's own systems (a CRM): register deals and read the partner's registrations "
							+ "and record; follow the leads PartnerFlow's lead cell offers the partner (accept or decline "
							+ "each, report its progress, win it through its deal registration, lose it, ask for pre-sales "
							+ "help). Authenticate with an API key that a user of the partner creates in the partner "
							+ "portal (/portal/api-keys): Authorization: Bearer pfk_<key id>_<secret>. A key reads its own "
							+ "partner's data only: another partner's id or lead is answered 404, as an unknown one. First to "
							+ "register a project is served; the refusal (409) names nobody."));
				Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
				openApi.components(components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("pfk_<16 hex characters>_<43 characters of base64url>")
					.description("An API key of the partner, shown once when a portal user creates it"))
					.addSchemas(PROBLEM, problemSchema()));
				openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
				openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
					refusal(operation, "401", "No API key, or one that is wrong, malformed or revoked",
							"Authentication required: Authorization: Bearer with an API key of the partner, created in the "
									+ "partner portal (/portal/api-keys)");
					if (path.contains("{")) {
						refusal(operation, "404", "The partner has no such registration, or no such lead offered to it "
								+ "(another partner's included)",
								"Partner P-2026-00042 has no deal registration 17");
					}
					if (method == PathItem.HttpMethod.POST) {
						refusal(operation, "400", "A field is missing or invalid: the problem names each field",
								"Invalid input");
						refusal(operation, "409", "The project is registered already (by a partner it does not name), the "
								+ "lead's state does not allow this action, or the partner's contract is not running", "This customer's project is already registered by a "
										+ "partner: the first partner to register a project is served.");
					}
				}));
			})
			.build();
	}

	/** An RFC 7807 problem as PartnerFlow writes it; a refused field comes with {@code problems}. */
	static ObjectSchema problemSchema() {
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 7807 problem details");
		problem.addProperty("type", new StringSchema().example("about:blank"));
		problem.addProperty("title", new StringSchema().example("Project already registered"));
		problem.addProperty("status", new IntegerSchema().example(409));
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().example("/api/partner/v1/deal-registrations"));
		ObjectSchema field = new ObjectSchema();
		field.addProperty("field", new StringSchema().example("expectedValue"));
		field.addProperty("message", new StringSchema().example("must be greater than 0"));
		problem.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(field)
			.description("For a 400: each refused field and why"));
		return problem;
	}

	private static void refusal(Operation operation, String status, String description, String example) {
		ObjectSchema ref = new ObjectSchema();
		ref.set$ref("#/components/schemas/" + PROBLEM);
		operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref).example(java.util.Map.of("status",
					Integer.valueOf(status), "detail", example)))));
	}

	/** The stable address of the description: the group's document, whatever springdoc's paths become. */
	@Controller
	static class DescriptionAddress {

		@GetMapping("/api/partner/v1/openapi.json")
		String description() {
			return "forward:/v3/api-docs/" + GROUP;
		}

	}

}
