package io.partnerflow.system;

/** The request is valid but conflicts with the current state (second submission, exited partner...). Answered as 409. */
public class ConflictException extends RuntimeException {

	private final String title;

	public ConflictException(String title, String detail) {
		super(detail);
		this.title = title;
	}

	public String getTitle() {
		return title;
	}

}
