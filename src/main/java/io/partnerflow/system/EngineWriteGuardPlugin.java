package io.partnerflow.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts {@link EngineWriteGuard} (who may write what) and then {@link TaskFormCheck} (what a task
 * accepts, from its form and the {@link FormRule}s) in front of every command the engine runs for a
 * caller, so that no endpoint, present or future, reaches the engine around them. (The engine's other chain, "requires new",
 * only runs its own internal commands.)
 */
@Component
class EngineWriteGuardPlugin extends AbstractProcessEnginePlugin {

	private final ObjectMapper json;

	private final Supplier<? extends List<FormRule>> rules;

	private final Function<String, Locale> languageOf;

	/**
	 * The application's guard: the form rules are its beans, read when a task is completed; a
	 * refusal is written in the language of the user who completes it ({@link StaffLanguages}, with
	 * the browser of the request when there is one).
	 */
	@Autowired
	EngineWriteGuardPlugin(ObjectMapper json, ObjectProvider<FormRule> rules, ObjectProvider<StaffLanguages> languages) {
		this(json, () -> rules.orderedStream().toList(), user -> languages.getObject().of(user, currentRequest()));
	}

	EngineWriteGuardPlugin(ObjectMapper json, Supplier<? extends List<FormRule>> rules, Function<String, Locale> languageOf) {
		this.json = json;
		this.rules = rules;
		this.languageOf = languageOf;
	}

	/** The request being answered, if a request is (a job or a test calls the engine without one). */
	private static HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest() : null;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DeployedForms forms = new DeployedForms(configuration, json);
		configuration.setCustomPreCommandInterceptorsTxRequired(withGuards(
				configuration.getCustomPreCommandInterceptorsTxRequired(), guards(configuration, forms)));
	}

	/** The guards, in the order they run. */
	List<CommandInterceptor> guards(ProcessEngineConfigurationImpl configuration, DeployedForms forms) {
		EngineWriteGuard guard = new EngineWriteGuard(configuration, forms, languageOf);
		return List.of(guard, new TaskFormCheck(configuration, forms, rules, guard, languageOf));
	}

	private static List<CommandInterceptor> withGuards(List<CommandInterceptor> interceptors, List<CommandInterceptor> guards) {
		List<CommandInterceptor> all = new ArrayList<>(guards);
		if (interceptors != null) {
			all.addAll(interceptors);
		}
		return all;
	}

}
