package io.partnerflow.committee;

import java.util.Arrays;
import java.util.Optional;

/** What a member may vote. */
enum Choice {

	APPROVE, REJECT, ABSTAIN;

	static Optional<Choice> parse(Object value) {
		return value instanceof String s
				? Arrays.stream(values()).filter(c -> c.name().equals(s.strip().toUpperCase())).findFirst()
				: Optional.empty();
	}

}
