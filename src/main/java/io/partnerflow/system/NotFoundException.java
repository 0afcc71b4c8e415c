package io.partnerflow.system;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** The request names something that does not exist. Answered as 404. */
public class NotFoundException extends ProblemException {

	public NotFoundException(String title, String detail) {
		this(title, detail, Map.of());
	}

	protected NotFoundException(String title, String detail, Map<String, Object> properties) {
		super(HttpStatus.NOT_FOUND, title, detail, properties);
	}

}
