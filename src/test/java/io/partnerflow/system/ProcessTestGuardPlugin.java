package io.partnerflow.system;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * What a task accepts ({@link TaskFormCheck}), in the process tests' engine as in the application:
 * each test registers the form rules it needs with {@link Mocks}, next to its delegates. Who may
 * write what ({@link EngineWriteGuard}) needs the application's users and is tested through it
 * ({@code EngineWriteGuardTest}).
 */
public class ProcessTestGuardPlugin extends EngineWriteGuardPlugin {

	public ProcessTestGuardPlugin() {
		super(new ObjectMapper(), ProcessTestGuardPlugin::registeredRules, user -> Locale.ENGLISH);
	}

	@Override
	List<CommandInterceptor> guards(ProcessEngineConfigurationImpl configuration, DeployedForms forms) {
		return List.of(new TaskFormCheck(configuration, forms, ProcessTestGuardPlugin::registeredRules, null, user -> Locale.ENGLISH));
	}

	private static List<FormRule> registeredRules() {
		return Mocks.getMocks().values().stream().filter(FormRule.class::isInstance).map(FormRule.class::cast).toList();
	}

}
