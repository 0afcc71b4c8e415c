package io.partnerflow.system;

/** The request names something that does not exist (other than a partner). Answered as 404. */
public class NotFoundException extends RuntimeException {

	private final String title;

	public NotFoundException(String title, String detail) {
		super(detail);
		this.title = title;
	}

	public String getTitle() {
		return title;
	}

}
