package io.partnerflow.modularity.sample.till;

import io.partnerflow.modularity.sample.shop.internal.Stock;

/** The sample module {@code till} reaches into {@code shop}'s internals, which verification refuses. */
public class Till {

	public int left(String item) {
		return new Stock().count(item);
	}

}
