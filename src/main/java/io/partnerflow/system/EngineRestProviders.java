package io.partnerflow.system;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Registers {@link EngineErrorAnswer}'s answers as the exception mappers of the engine's REST API, and
 * one shared JSON mapper ({@link SharedObjectMapper}) and the address template of each call's metrics, at
 * {@code /engine-rest} and inside the webapps ({@code /camunda/api/engine/...}, what Tasklist and
 * Cockpit call), ahead of Camunda's own.
 */
@Component
class EngineRestProviders implements ResourceConfigCustomizer, ServletContextInitializer {

	/**
	 * The providers registered with both REST applications of the engine: the mappers, the JSON mapper
	 * and the address template for the metrics ({@link EngineRestObservations}).
	 */
	static final List<Class<?>> PROVIDERS = List.of(EngineErrors.class, RestErrors.class, JsonParseErrors.class,
			JsonMappingErrors.class, JsonErrors.class, AnyError.class, SharedObjectMapper.class,
			EngineRestObservations.MatchedTemplate.class);

	@Override
	public void customize(ResourceConfig config) {
		PROVIDERS.forEach(config::register);
	}

	/**
	 * One JSON mapper for every call, configured as Camunda configures its own. Camunda's resolver
	 * ({@code JacksonConfigurator}) makes a new {@link ObjectMapper} each time it is asked, and it is asked
	 * for every request body, every response and every filter query, so each Tasklist call built
	 * Jackson's readers and writers for the query and HAL types anew (a fifth of a filter list call
	 * in a flight recording). A mapper is safe to share once configured: Jackson copies its date
	 * format for each use. Ranked ahead of Camunda's resolver, which is then never asked.
	 */
	@Provider
	@Produces({ MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON })
	@Priority(1)
	public static class SharedObjectMapper implements ContextResolver<ObjectMapper> {

		static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

		@Override
		public ObjectMapper getContext(Class<?> type) {
			return MAPPER;
		}

	}

	/**
	 * The webapps' REST applications (Jersey servlets registered by Camunda, what Tasklist calls) read
	 * the mappers from the servlet context: Jersey takes its "context params" from the context's
	 * attributes, not from its init parameters.
	 */
	@Override
	public void onStartup(ServletContext servletContext) {
		servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES, providerClassNames());
	}

	/** The providers as Jersey reads them from a servlet context: class names, comma-separated. */
	static String providerClassNames() {
		return PROVIDERS.stream().map(Class::getName).collect(Collectors.joining(","));
	}

	/** Maps one type of failure (Jersey picks the mapper of the nearest type; {@code Priority} wins over Camunda's). */
	abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

		@Context
		UriInfo uri;

		@Override
		public Response toResponse(E failure) {
			String path;
			try {
				path = uri == null ? null : uri.getPath();
			}
			catch (RuntimeException noRequest) {
				path = null;
			}
			if (failure instanceof WebApplicationException web && web.getResponse() != null
					&& web.getResponse().getStatus() < 400) {
				return web.getResponse();
			}
			if (failure instanceof WebApplicationException web && web.getResponse() != null
					&& web.getResponse().getStatus() < 500) {
				// Jersey's own answers: unknown address, method not allowed, unsupported media type...
				return EngineErrorAnswer.error(web.getResponse().getStatus(), "InvalidRequestException",
						EngineErrorAnswer.safe(failure.getMessage(), "Invalid request"));
			}
			return EngineErrorAnswer.answer(failure, path);
		}

	}

	@Priority(1)
	public static class EngineErrors extends Mapper<ProcessEngineException> {
	}

	@Priority(1)
	public static class RestErrors extends Mapper<RestException> {
	}

	@Priority(1)
	public static class JsonParseErrors extends Mapper<JsonParseException> {
	}

	@Priority(1)
	public static class JsonMappingErrors extends Mapper<JsonMappingException> {
	}

	@Priority(1)
	public static class JsonErrors extends Mapper<JsonProcessingException> {
	}

	@Priority(1)
	public static class AnyError extends Mapper<Throwable> {
	}

}
