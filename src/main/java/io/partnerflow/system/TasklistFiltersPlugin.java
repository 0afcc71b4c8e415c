package io.partnerflow.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the engine {@link TasklistFilters} as its filter service, the one /engine-rest's filters
 * call, unless {@code partnerflow.tasklist.quick-filters} is false (Camunda's own path then answers
 * every filter: the benchmark's "before", and a way back should a Camunda upgrade need it).
 */
@Component
class TasklistFiltersPlugin extends AbstractProcessEnginePlugin {

	private final boolean quick;

	TasklistFiltersPlugin(@Value("${partnerflow.tasklist.quick-filters:true}") boolean quick) {
		this.quick = quick;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (quick) {
			configuration.setFilterService(new TasklistFilters());
		}
	}

}
