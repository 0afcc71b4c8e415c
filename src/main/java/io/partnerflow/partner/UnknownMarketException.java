package io.partnerflow.partner;

import java.util.List;
import java.util.stream.Collectors;

import io.partnerflow.system.BadRequestException;

/** A candidate names a market that is not on the list managers keep (or one they retired). Answered as 400 on {@code market}. */
public class UnknownMarketException extends BadRequestException {

	public UnknownMarketException(String typed, List<Market> offered) {
		super(Markets.FIELD, problem(typed, offered));
	}

	private static String problem(String typed, List<Market> offered) {
		return "\"%s\" is not one of the markets: %s (a manager adds markets)".formatted(typed,
				offered.stream().map(Market::getName).collect(Collectors.joining(", ")));
	}


}
