package io.partnerflow.system;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Registers {@link EngineErrorAnswer}'s answers as the exception mappers of the engine's REST API, at
 * {@code /engine-rest} and inside the webapps ({@code /camunda/api/engine/...}, what Tasklist and
 * Cockpit call), ahead of Camunda's own.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer, ServletContextInitializer {

	/** The mappers, registered with both REST applications of the engine. */
	static final List<Class<?>> MAPPERS = List.of(EngineErrors.class, RestErrors.class, JsonParseErrors.class,
			JsonMappingErrors.class, JsonErrors.class, AnyError.class);

	@Override
	public void customize(ResourceConfig config) {
		MAPPERS.forEach(config::register);
	}

	/**
	 * The webapps' REST applications (Jersey servlets registered by Camunda, what Tasklist calls) read
	 * the mappers from the servlet context: Jersey takes its "context params" from the context's
	 * attributes, not from its init parameters.
	 */
	@Override
	public void onStartup(ServletContext servletContext) {
		servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
				MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
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
