package io.partnerflow.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.micrometer.common.KeyValue;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * The {@code uri} tag of Spring's {@code http.server.requests} for the engine's REST API. Spring MVC
 * names the address template of its own controllers ({@code /api/partners/{reference}}); the
 * engine's REST applications ({@code /engine-rest}, and {@code /camunda/api/engine} inside the
 * webapps, what Tasklist and Cockpit call) are Jersey's, which Spring only sees as {@code UNKNOWN}.
 * Jersey knows the templates it matched: {@link MatchedTemplate} hands them to the request, and the
 * tag becomes {@code /engine-rest/task/{id}/complete}, never an id: the tag's values stay the
 * API's addresses, a bounded set.
 */
@Component
class EngineRestObservations extends DefaultServerRequestObservationConvention {

	/** The request attribute that carries the template Jersey matched. */
	static final String TEMPLATE = EngineRestObservations.class.getName() + ".template";

	EngineRestObservations() {
		super("http.server.requests");
	}

	@Override
	protected KeyValue uri(ServerRequestObservationContext context) {
		Object template = context.getCarrier() == null ? null : context.getCarrier().getAttribute(TEMPLATE);
		return template instanceof String matched ? KeyValue.of("uri", matched) : super.uri(context);
	}

	/** Names, on the request, the address template Jersey matched (registered by {@link EngineRestProviders}). */
	@Provider
	@Priority(1)
	public static class MatchedTemplate implements ContainerResponseFilter {

		@Override
		public void filter(ContainerRequestContext request, ContainerResponseContext response) {
			if (!(request.getUriInfo() instanceof ExtendedUriInfo uri) || uri.getMatchedTemplates().isEmpty()) {
				return;
			}
			// Jersey lists the templates from the last matched to the first
			List<UriTemplate> matched = new ArrayList<>(uri.getMatchedTemplates());
			Collections.reverse(matched);
			StringBuilder path = new StringBuilder(trimmed(uri.getBaseUri().getRawPath()));
			for (UriTemplate template : matched) {
				String part = trimmed(template.getTemplate());
				if (!part.isEmpty()) {
					path.append(part.startsWith("/") ? "" : "/").append(part);
				}
			}
			// Jersey's request properties are the servlet request's attributes
			request.setProperty(TEMPLATE, path.toString());
		}

		private static String trimmed(String path) {
			return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		}

	}

}
