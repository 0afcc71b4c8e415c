package io.partnerflow.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the engine {@link TasklistFilters} as its filter service, the one /engine-rest's filters call. */
@Component
class TasklistFiltersPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFilterService(new TasklistFilters());
	}

}
