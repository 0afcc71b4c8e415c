package io.partnerflow.system;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine's REST API answers a refused task form ({@link FormRefusedException}, which the engine
 * wraps when a task listener throws it) with 400 and the user's message; every other engine error
 * keeps Camunda's own answer.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer {

	@Override
	public void customize(ResourceConfig config) {
		config.register(RefusedFormInEngineError.class);
		config.register(RefusedFormInRestError.class);
	}

	/** 400 with the user's message when the failure comes from a refused form, else nothing. */
	static Response refusal(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof FormRefusedException refused) {
				return Response.status(Response.Status.BAD_REQUEST)
					.type(MediaType.APPLICATION_JSON_TYPE)
					.entity(Map.of("type", "FormRefusedException", "message", refused.getMessage(), "code", 0))
					.build();
			}
		}
		return null;
	}

	/** Engine errors thrown as they are (complete, resolve...). */
	@Priority(1)
	public static class RefusedFormInEngineError implements ExceptionMapper<ProcessEngineException> {

		private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

		@Override
		public Response toResponse(ProcessEngineException exception) {
			Response refusal = refusal(exception);
			return refusal != null ? refusal : camundaDefault.toResponse(exception);
		}

	}

	/** Engine errors the REST layer wrapped first (submit-form wraps them as a 500 RestException). */
	@Priority(1)
	public static class RefusedFormInRestError implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			Response refusal = refusal(exception);
			return refusal != null ? refusal : camundaDefault.toResponse(exception);
		}

	}

}
