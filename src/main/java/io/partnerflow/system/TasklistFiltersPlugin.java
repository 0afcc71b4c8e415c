package io.partnerflow.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the engine {@link TasklistFilters} as its filter service, the one /engine-rest's filters
 * call, with its quick path unless {@code partnerflow.tasklist.quick-filters} is false (Camunda's own
 * path then answers every filter: the benchmark's "before", and a way back should a Camunda upgrade
 * need it); timed either way.
 */
@Component
class TasklistFiltersPlugin extends AbstractProcessEnginePlugin {

	private final boolean quick;

	private final MeterRegistry meters;

	TasklistFiltersPlugin(@Value("${partnerflow.tasklist.quick-filters:true}") boolean quick, MeterRegistry meters) {
		this.quick = quick;
		this.meters = meters;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFilterService(new TasklistFilters(quick, meters));
	}

}
