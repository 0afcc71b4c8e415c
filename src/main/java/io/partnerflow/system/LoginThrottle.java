package io.partnerflow.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slows down password guessing, wherever a password is checked ({@code /api}, {@code /engine-rest},
 * the webapps' login): by wrong passwords for one account from one client address, from one address
 * for any account (an attacker cycling user names), and for one account from addresses that never
 * logged into it (a guess spread over many addresses). The first failures of each are free; after
 * them each attempt waits twice as long as the one before, up to {@code maxDelay}. Nothing is ever
 * locked for good, and an address that logged into an account lately is never slowed down by
 * failures from other addresses: nobody can lock another user out of its own machine.
 * <p>
 * Memory is bounded: each record lives in a Caffeine cache of at most {@code maxEntries} entries,
 * forgotten {@code forgetAfter} after its last failure.
 */
final class LoginThrottle {

	@ConfigurationProperties("partnerflow.login-throttle")
	record Settings(int freeFailures, int freeFailuresPerAddress, int freeFailuresPerAccount, Duration firstDelay,
			Duration maxDelay, Duration forgetAfter, Duration knownAddressFor, long maxEntries) {
	}

	/** Failures so far and the moment the next attempt may be made. */
	private record Failures(int count, Instant nextAttempt) {
	}

	private static final ThreadLocal<String> CLIENT = new ThreadLocal<>();

	/** Password checks from one address run one at a time, so a burst of parallel guesses counts each. */
	private final ReentrantLock[] stripes = new ReentrantLock[256];

	private final Settings settings;

	private final Clock clock;

	private final Cache<String, Failures> byAccountAndAddress;

	private final Cache<String, Failures> byAddress;

	private final Cache<String, Failures> byAccount;

	private final Cache<String, Boolean> knownAddresses;

	LoginThrottle(Settings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.byAccountAndAddress = cache(settings.forgetAfter());
		this.byAddress = cache(settings.forgetAfter());
		this.byAccount = cache(settings.forgetAfter());
		this.knownAddresses = Caffeine.newBuilder()
			.ticker(this::nanos)
			.maximumSize(settings.maxEntries())
			.expireAfterWrite(settings.knownAddressFor())
			.build();
		for (int i = 0; i < stripes.length; i++) {
			stripes[i] = new ReentrantLock();
		}
	}

	private <V> Cache<String, V> cache(Duration forgetAfter) {
		return Caffeine.newBuilder()
			.ticker(this::nanos)
			.maximumSize(settings.maxEntries())
			.expireAfterWrite(forgetAfter)
			.build();
	}

	/** Caffeine's expiry follows the throttle's clock. */
	private long nanos() {
		return TimeUnit.MILLISECONDS.toNanos(clock.millis());
	}

	/** Runs {@code request} with {@code address} as the client of the password checks it makes. */
	static void asClient(String address, Runnable request) {
		String before = CLIENT.get();
		CLIENT.set(address);
		try {
			request.run();
		}
		finally {
			CLIENT.set(before);
		}
	}

	/** The client address of the current request, or null outside a request (the engine's own work). */
	static String currentClient() {
		return CLIENT.get();
	}

	/** How long {@code account} must wait before a password from {@code address} is checked; zero when it may. */
	Duration waitFor(String account, String address) {
		Instant now = clock.instant();
		Instant next = later(nextAttempt(byAccountAndAddress, pair(account, address)),
				known(account, address) ? null : later(nextAttempt(byAddress, address), nextAttempt(byAccount, account)));
		return next == null || !next.isAfter(now) ? Duration.ZERO : Duration.between(now, next);
	}

	/**
	 * Checks a password unless the throttle holds it back: {@code check} answers whether it is right.
	 * Answers false without checking while the account must wait at this address.
	 */
	boolean check(String account, String address, BooleanSupplier check) {
		ReentrantLock lock = stripes[Math.floorMod(address.hashCode(), stripes.length)];
		lock.lock();
		try {
			if (!waitFor(account, address).isZero()) {
				return false;
			}
			boolean right = check.getAsBoolean();
			if (right) {
				byAccountAndAddress.invalidate(pair(account, address));
				knownAddresses.put(pair(account, address), Boolean.TRUE);
			}
			else {
				failed(byAccountAndAddress, pair(account, address), settings.freeFailures());
				failed(byAddress, address, settings.freeFailuresPerAddress());
				failed(byAccount, account, settings.freeFailuresPerAccount());
			}
			return right;
		}
		finally {
			lock.unlock();
		}
	}

	private void failed(Cache<String, Failures> records, String key, int free) {
		Instant now = clock.instant();
		records.asMap().compute(key, (k, before) -> {
			int count = before == null ? 1 : before.count() + 1;
			return new Failures(count, now.plus(delay(count, free)));
		});
	}

	/** The wait after the {@code count}th failure: none for the free ones, then doubling up to the maximum. */
	Duration delay(int count, int free) {
		if (count <= free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(count - free - 1, 30);
		Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
	}

	/** The records kept in each map (account and address, address, account, known addresses): bounded by {@code maxEntries}. */
	long[] sizes() {
		byAccountAndAddress.cleanUp();
		byAddress.cleanUp();
		byAccount.cleanUp();
		knownAddresses.cleanUp();
		return new long[] { byAccountAndAddress.estimatedSize(), byAddress.estimatedSize(), byAccount.estimatedSize(),
				knownAddresses.estimatedSize() };
	}

	private boolean known(String account, String address) {
		return knownAddresses.getIfPresent(pair(account, address)) != null;
	}

	private static Instant nextAttempt(Cache<String, Failures> records, String key) {
		Failures failures = records.getIfPresent(key);
		return failures == null ? null : failures.nextAttempt();
	}

	private static Instant later(Instant a, Instant b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private static String pair(String account, String address) {
		return account + '\u0000' + address;
	}

}
