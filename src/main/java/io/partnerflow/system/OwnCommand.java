package io.partnerflow.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine work inside one engine command of its own, so that the engine calls it makes join
 * that command: a refusal the work catches and answers (a migration's trial that cannot move, say)
 * is then not logged by the engine as a failed command, as it would be for a call of its own.
 */
@Component
public final class OwnCommand {

	private final ProcessEngineConfigurationImpl engine;

	OwnCommand(ProcessEngineConfigurationImpl engine) {
		this.engine = engine;
	}

	public <T> T run(Supplier<T> work) {
		return engine.getCommandExecutorTxRequired().execute(context -> work.get());
	}

}
