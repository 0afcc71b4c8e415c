package io.partnerflow.system;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The servlet filters in front of the engine's REST APIs ({@code /engine-rest} and the webapps'
 * {@code /camunda/api}), in this order: the body limit, Camunda's HTTP Basic authentication, the
 * 404 of a gone task, the webapps' page size, Tasklist's language.
 */
@Configuration
class EngineRestFilters {

	@Bean
	FilterRegistrationBean<Filter> engineRestAuthentication() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
		registration.setName("engine-rest-authentication");
		registration.setFilter(new ProcessEngineAuthenticationFilter());
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(1);
		return registration;
	}

	/** A withdrawn or finished task is 404 on every task endpoint of the engine's REST APIs. */
	@Bean
	FilterRegistrationBean<GoneTaskFilter> goneTaskFilter(ProcessEngine engine, ObjectMapper json) {
		FilterRegistrationBean<GoneTaskFilter> registration = new FilterRegistrationBean<>(
				new GoneTaskFilter(engine.getTaskService(), engine.getIdentityService(), json));
		registration.setName("engine-rest-gone-task");
		registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
		// after engine-rest-authentication (order 1): only authenticated callers learn a task is gone
		registration.setOrder(2);
		return registration;
	}

	/** Tasklist's forms and lists are served in their user's language, forms with the options of now. */
	@Bean
	FilterRegistrationBean<TasklistLanguageFilter> tasklistLanguage(StaffLanguages languages, ProcessEngine engine,
			ObjectMapper json, List<FormOptions> options) {
		FilterRegistrationBean<TasklistLanguageFilter> registration = new FilterRegistrationBean<>(
				new TasklistLanguageFilter(languages, engine.getIdentityService(), json, options));
		registration.setName("engine-rest-tasklist-language");
		registration.addUrlPatterns("/engine-rest/task", "/engine-rest/task/*", "/engine-rest/filter", "/engine-rest/filter/*",
				"/engine-rest/process-definition", "/engine-rest/process-definition/*", "/camunda/api/engine/*");
		// after engine-rest-authentication (order 1): the caller's choice of language is read
		registration.setOrder(4);
		return registration;
	}

	/** The webapps' engine queries without a page size ask for the first page of the query limit. */
	@Bean
	FilterRegistrationBean<WebappPageFilter> webappPages(
			@Value("${camunda.bpm.generic-properties.properties.query-max-results-limit:2000}") int queryLimit) {
		FilterRegistrationBean<WebappPageFilter> registration = new FilterRegistrationBean<>(new WebappPageFilter(queryLimit));
		registration.setName("webapp-engine-pages");
		registration.addUrlPatterns("/camunda/api/engine/*");
		registration.setOrder(3);
		return registration;
	}

	/** A request body over the limit is 413 on both REST APIs, before anything reads it. */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(
			@Value("${partnerflow.limits.request-body:1MB}") DataSize limit, ObjectMapper json) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limit.toBytes(), json));
		registration.setName("request-body-limit");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
