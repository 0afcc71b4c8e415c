package io.partnerflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webapps' engine API (what Tasklist calls), with PartnerFlow's providers added as
 * {@link EngineRestProviders} adds them, resolves one shared JSON mapper for JSON and HAL; Camunda's own
 * resolver alone makes a new one each time it is asked; so does {@code /engine-rest}.
 */
class SharedObjectMapperTest {

	@Test
	void theWebappsEngineApiResolvesOneMapperForEveryCall() {
		ResourceConfig config = ResourceConfig.forApplication(new EngineRestApplication())
			.property(ServerProperties.PROVIDER_CLASSNAMES, EngineRestProviders.providerClassNames());
		assertResolvesTheSharedMapper(providers(config));
	}

	@Test
	void theEngineRestApiResolvesOneMapperForEveryCall() {
		// /engine-rest: Camunda's configuration classes, then PartnerFlow's customizer, as the starter builds it
		ResourceConfig config = new ResourceConfig().registerClasses(CamundaRestResources.getConfigurationClasses());
		new EngineRestProviders().customize(config);
		assertResolvesTheSharedMapper(providers(config));
	}

	private static void assertResolvesTheSharedMapper(Providers providers) {
		for (MediaType type : new MediaType[] { MediaType.APPLICATION_JSON_TYPE, Hal.APPLICATION_HAL_JSON_TYPE }) {
			ContextResolver<ObjectMapper> resolver = providers.getContextResolver(ObjectMapper.class, type);
			assertThat(resolver.getContext(Object.class)).as(type.toString())
				.isSameAs(EngineRestProviders.SharedObjectMapper.MAPPER)
				.isSameAs(resolver.getContext(String.class));
		}
	}

	@Test
	void camundasResolverAloneMakesAMapperPerCall() {
		Providers providers = providers(ResourceConfig.forApplication(new EngineRestApplication()));
		ContextResolver<ObjectMapper> resolver = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
		assertThat(resolver.getContext(Object.class)).isNotSameAs(resolver.getContext(Object.class));
	}

	@Test
	void theSharedMapperIsConfiguredAsCamundasOwn() {
		ObjectMapper shared = EngineRestProviders.SharedObjectMapper.MAPPER;
		ObjectMapper camundas = new org.camunda.bpm.engine.rest.mapper.JacksonConfigurator().getContext(Object.class);
		assertThat(shared.getDeserializationConfig().getDeserializationFeatures())
			.isEqualTo(camundas.getDeserializationConfig().getDeserializationFeatures());
		assertThat(shared.getSerializationConfig().getSerializationFeatures())
			.isEqualTo(camundas.getSerializationConfig().getSerializationFeatures());
		assertThat(shared.getDateFormat()).isEqualTo(camundas.getDateFormat());
	}

	private static Providers providers(ResourceConfig config) {
		// Jersey's Spring bridge (on the classpath for /engine-rest) wants a Spring context: an empty one
		GenericApplicationContext spring = new GenericApplicationContext();
		spring.refresh();
		config.property("contextConfig", spring);
		return new ApplicationHandler(config).getInjectionManager().getInstance(Providers.class);
	}

}
