package io.partnerflow.partner;

import java.util.List;
import java.util.stream.Collectors;

import io.partnerflow.system.BadRequestException;

/** A candidate names a market that is not on the list managers keep (or one they retired). Answered as 400 on {@code market}. */
public class UnknownMarketException extends BadRequestException {

	private final String problem;

	public UnknownMarketException(String typed, List<Market> offered) {
		this(problem(typed, offered));
	}

	private UnknownMarketException(String problem) {
		super(Markets.FIELD, problem);
		this.problem = problem;
	}

	private static String problem(String typed, List<Market> offered) {
		return "\"%s\" is not one of the markets: %s (a manager adds markets)".formatted(typed,
				offered.stream().map(Market::getName).collect(Collectors.joining(", ")));
	}

	/** The refusal in a sentence, for a form or a row of a candidate file. */
	public String sentence() {
		return Markets.FIELD + " " + problem;
	}

}
