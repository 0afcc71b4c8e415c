package io.partnerflow.simulation;

/** Derives independent, repeatable random streams from the run's seed. */
final class Seeds {

	private Seeds() {
	}

	/** A seed for one purpose ({@code what}) of one partner of a run. */
	static long mix(long seed, long number, String what) {
		long h = seed * 0x9E3779B97F4A7C15L + number;
		h ^= what.hashCode() * 0xC2B2AE3D27D4EB4FL;
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		return h;
	}

}
