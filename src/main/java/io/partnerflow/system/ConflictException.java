package io.partnerflow.system;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request is valid but conflicts with the current state (second submission, exited partner...). Answered as 409. */
public class ConflictException extends ProblemException {

	public ConflictException(String title, String detail) {
		this(title, detail, Map.of());
	}

	protected ConflictException(String title, String detail, Map<String, Object> properties) {
		super(HttpStatus.CONFLICT, title, detail, properties);
	}

}
