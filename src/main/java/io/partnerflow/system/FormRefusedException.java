package io.partnerflow.system;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A task form the server refuses (a field missing, out of range or inconsistent), with the message
 * the user reads. Thrown from task listeners: the task stays open, and the engine's REST API
 * answers 400 with the message ({@link EngineRestProviders}), not the 500 it gives listener failures.
 */
public class FormRefusedException extends BadUserRequestException {

	private static final long serialVersionUID = 1L;

	public FormRefusedException(String message) {
		super(message);
	}

}
