package io.partnerflow.notification;

/**
 * A mail task whose template and recipients do not fit together: a configuration error of the model
 * or the template. The job that meets it fails, and then waits as an incident for someone to fix the model.
 */
public class MisaddressedMailException extends IllegalStateException {

	MisaddressedMailException(String message) {
		super(message);
	}

}
