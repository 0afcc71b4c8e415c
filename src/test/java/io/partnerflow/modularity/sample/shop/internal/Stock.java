package io.partnerflow.modularity.sample.shop.internal;

/** Internal to the sample module {@code shop}: public for {@code Shop}, not for other modules. */
public class Stock {

	public int count(String item) {
		return item.length();
	}

}
