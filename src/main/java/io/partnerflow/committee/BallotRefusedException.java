package io.partnerflow.committee;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A submitted vote or chair decision that the server refuses, with the reason the user reads.
 * Thrown from the form-field validators: the engine passes it through unchanged (it wraps its own
 * validation exceptions into a type its REST API answers with 500), so submit-form answers 400 with
 * this message and the transaction, hence the task, is rolled back.
 */
class BallotRefusedException extends InvalidRequestException {

	private static final long serialVersionUID = 1L;

	BallotRefusedException(String message) {
		super(Status.BAD_REQUEST, message);
	}

}
