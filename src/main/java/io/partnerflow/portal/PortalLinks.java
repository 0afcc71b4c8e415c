package io.partnerflow.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal links: a random token of 256 bits in the mail, its SHA-256 in {@code portal_link}, so
 * the table alone opens nothing. A link is single-use (its submission uses it), expires, and can be
 * withdrawn. The links of one partner and purpose share one deadline: a reminder's link expires
 * when the first one does, so a later mail never extends the time the process gives.
 */
@Service
@Transactional
class PortalLinks {

	/** What a token looks like: 32 random bytes, Base64 for addresses, without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final PortalLinkRepository links;

	private final Clock clock;

	PortalLinks(PortalLinkRepository links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	/**
	 * A new token for the partner's application file, valid for {@code validity} or until the
	 * partner's open links for it expire, whichever comes first.
	 */
	String issueForApplication(String reference, Duration validity) {
		Instant now = Instant.now(clock);
		Instant expiresAt = links.findByPartnerReferenceAndPurpose(reference, PortalLink.Purpose.APPLICATION_FILE)
			.stream()
			.filter(link -> link.openAt(now))
			.map(PortalLink::expiresAt)
			.min(Instant::compareTo)
			.orElse(now.plus(validity));
		return save(reference, PortalLink.Purpose.APPLICATION_FILE, null, now, expiresAt);
	}

	/** A new token that sets the account's password, valid for {@code validity}; the account's older ones are withdrawn. */
	String issueForPassword(PortalAccount account, Duration validity) {
		Instant now = Instant.now(clock);
		links.findByAccountIdAndPurpose(account.id(), PortalLink.Purpose.PASSWORD)
			.stream()
			.filter(link -> link.openAt(now))
			.forEach(link -> link.revoke(now));
		return save(account.partnerReference(), PortalLink.Purpose.PASSWORD, account.id(), now, now.plus(validity));
	}

	private String save(String reference, PortalLink.Purpose purpose, Long accountId, Instant now, Instant expiresAt) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		links.save(new PortalLink(hash(token), reference, purpose, accountId, now, expiresAt));
		return token;
	}

	/** The link of this token, whatever its state; empty for a token nobody issued. */
	@Transactional(readOnly = true)
	Optional<PortalLink> find(String token) {
		return wellFormed(token) ? links.findByTokenHash(hash(token)) : Optional.empty();
	}

	/** As {@link #find}, locked until the caller's transaction ends. */
	Optional<PortalLink> lock(String token) {
		return wellFormed(token) ? links.lockByTokenHash(hash(token)) : Optional.empty();
	}

	/** Withdraws the partner's links for this purpose that are still open; how many. */
	int revoke(String reference, PortalLink.Purpose purpose) {
		Instant now = Instant.now(clock);
		int revoked = 0;
		for (PortalLink link : links.findByPartnerReferenceAndPurpose(reference, purpose)) {
			if (link.openAt(now)) {
				link.revoke(now);
				revoked++;
			}
		}
		return revoked;
	}

	private static boolean wellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-256", impossible);
		}
	}

}
