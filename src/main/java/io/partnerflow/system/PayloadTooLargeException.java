package io.partnerflow.system;

/** A request body over its limit; answered 413 with the message. */
public class PayloadTooLargeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PayloadTooLargeException(String message) {
		super(message);
	}

}
