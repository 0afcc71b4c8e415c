package io.partnerflow.system;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The login throttle at every door, and Camunda's user store guarded by it ({@link GuardedIdentityProvider}). */
@Configuration
@EnableConfigurationProperties(LoginThrottle.Settings.class)
class LoginThrottleConfiguration {

	@Bean
	LoginThrottle loginThrottle(LoginThrottle.Settings settings) {
		return new LoginThrottle(settings, Clock.systemUTC());
	}

	/** First of all filters but the forwarded headers' one: before Spring Security and Camunda's filters check anything. */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(throttle, json));
		registration.setName("login-throttle");
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	ProcessEnginePlugin guardedIdentityProvider(LoginThrottle throttle) {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setIdentityProviderSessionFactory(new SessionFactory() {

					@Override
					public Class<?> getSessionType() {
						return DbIdentityServiceProvider.class;
					}

					@Override
					public Session openSession() {
						return new GuardedIdentityProvider(throttle);
					}

				});
			}

		};
	}

}
