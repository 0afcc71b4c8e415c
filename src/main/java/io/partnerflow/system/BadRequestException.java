package io.partnerflow.system;

import java.util.List;

/** Input that fails a check the annotations cannot express; answered as 400 naming each bad field. */
public class BadRequestException extends RuntimeException {

	private final List<ApiProblemHandler.FieldProblem> problems;

	public BadRequestException(String field, String message) {
		super("Invalid input");
		this.problems = List.of(new ApiProblemHandler.FieldProblem(field, message));
	}

	public List<ApiProblemHandler.FieldProblem> getProblems() {
		return problems;
	}

	/** The problems in a sentence a form shows: {@code targets[0].market must be ...}. */
	public String sentence() {
		return String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList());
	}

}
