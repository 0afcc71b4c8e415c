package io.partnerflow.system;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal that carries its own RFC 7807 problem: status, title, message (the detail) and the
 * properties the body adds. A feature's exception extends {@link ConflictException} or
 * {@link NotFoundException}, so the API answers it without the system knowing the feature.
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final Map<String, Object> properties;

	/** {@code properties} may hold null values (a property the body shows as null). */
	protected ProblemException(HttpStatus status, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.status = status;
		this.title = title;
		this.properties = properties;
	}

	public HttpStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	/** What the problem body says besides title and detail: the existing partner's reference, say. */
	public Map<String, Object> getProperties() {
		return properties;
	}

}
