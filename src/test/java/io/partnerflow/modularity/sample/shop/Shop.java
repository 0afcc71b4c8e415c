package io.partnerflow.modularity.sample.shop;

import io.partnerflow.modularity.sample.shop.internal.Stock;

/** The API of the sample module {@code shop} (see ModularityTests): it may use its own internals. */
public class Shop {

	private final Stock stock = new Stock();

	public boolean sells(String item) {
		return stock.count(item) > 0;
	}

}
