package io.partnerflow.system;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EngineWriteGuard} in front of every command the engine runs for a caller, so that no
 * endpoint, present or future, reaches the engine around it. (The engine's other chain, "requires new",
 * only runs its own internal commands.)
 */
@Component
class EngineWriteGuardPlugin extends AbstractProcessEnginePlugin {

	private final ObjectMapper json;

	EngineWriteGuardPlugin(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineWriteGuard guard = new EngineWriteGuard(configuration, json);
		configuration.setCustomPreCommandInterceptorsTxRequired(withGuard(
				configuration.getCustomPreCommandInterceptorsTxRequired(), guard));
	}

	private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors, EngineWriteGuard guard) {
		List<CommandInterceptor> all = new ArrayList<>();
		all.add(guard);
		if (interceptors != null) {
			all.addAll(interceptors);
		}
		return all;
	}

}
