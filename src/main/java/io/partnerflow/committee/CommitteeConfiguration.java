package io.partnerflow.committee;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code partnerflow.committee.*}; a vote on a closed ballot answers 404. */
@Configuration
@EnableConfigurationProperties(CommitteeSettings.class)
class CommitteeConfiguration {

	@Bean
	FilterRegistrationBean<GoneTaskFilter> goneTaskFilter(TaskService taskService, IdentityService identityService,
			ObjectMapper json) {
		FilterRegistrationBean<GoneTaskFilter> registration = new FilterRegistrationBean<>(
				new GoneTaskFilter(taskService, identityService, json));
		registration.setName("engine-rest-gone-task");
		registration.addUrlPatterns("/engine-rest/task/*");
		// after engine-rest-authentication (order 1): only authenticated callers learn a task is gone
		registration.setOrder(2);
		return registration;
	}

}
