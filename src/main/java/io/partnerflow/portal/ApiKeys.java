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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' API keys, which the portal's users create and revoke for their partner, and which
 * authenticate the partner API's calls ({@link PartnerApiSecurity}). A key reads
 * {@code pfk_<key id>_<secret>}: 16 hex characters of public id, and 32 random bytes of secret
 * (base64url), shown once when the key is created. Only the SHA-256 of the secret is kept: a secret of
 * 256 random bits cannot be guessed, so a slow password hash would protect nothing more and would slow
 * every call. A wrong, unknown or revoked key is refused the same way, after the same work.
 */
@Service
public class ApiKeys {

	static final String PREFIX = "pfk_";

	static final int KEY_ID_LENGTH = 16;

	static final int SECRET_LENGTH = 43;

	/** How many keys a partner may have in use at once. */
	static final int MAX_ACTIVE = 10;

	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiKeyRepository keys;

	private final PortalAccountRepository accounts;

	private final Clock clock;

	ApiKeys(ApiKeyRepository keys, PortalAccountRepository accounts, Clock clock) {
		this.keys = keys;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A key just created: the whole key, which is shown this once, and its record. */
	record Created(String key, ApiKey record) {
	}

	/** A line of the portal's list: a key as its partner sees it (never its secret). */
	record Listed(Long id, String keyId, String name, Instant createdAt, String createdBy, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** Creates a key named {@code name} for the user's partner; empty when the partner has its maximum in use. */
	@Transactional
	Optional<Created> create(PortalUser user, String name) {
		if (keys.countByPartnerReferenceAndRevokedAtIsNull(user.partnerReference()) >= MAX_ACTIVE) {
			return Optional.empty();
		}
		byte[] id = new byte[KEY_ID_LENGTH / 2];
		random.nextBytes(id);
		byte[] secretBytes = new byte[32];
		random.nextBytes(secretBytes);
		String keyId = HexFormat.of().formatHex(id);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		ApiKey key = keys.save(new ApiKey(keyId, user.partnerReference(), name.strip(), hash(secret), Instant.now(clock),
				user.accountId()));
		return Optional.of(new Created(PREFIX + keyId + "_" + secret, key));
	}

	/** The partner's keys, newest first, with the name of the account that created each. */
	List<Listed> list(String partnerReference) {
		Map<Long, String> names = accounts.findByPartnerReferenceOrderByInvitedAt(partnerReference)
			.stream()
			.collect(Collectors.toMap(PortalAccount::id, PortalAccount::name));
		return keys.findByPartnerReferenceOrderByCreatedAtDescIdDesc(partnerReference)
			.stream()
			.map(key -> new Listed(key.id(), key.keyId(), key.name(), key.createdAt(),
					names.getOrDefault(key.createdBy(), "—"), key.lastUsedAt(), key.revokedAt()))
			.toList();
	}

	/** Revokes the key {@code id} of the user's partner; false when its partner has no such key in use. */
	@Transactional
	boolean revoke(PortalUser user, long id) {
		Optional<ApiKey> key = keys.findById(id)
			.filter(k -> k.partnerReference().equals(user.partnerReference()))
			.filter(k -> !k.revoked());
		key.ifPresent(k -> k.revoke(Instant.now(clock), user.accountId()));
		return key.isPresent();
	}

	/** The caller a key in use stands for; empty for a malformed, unknown, wrong or revoked key. */
	public Optional<PartnerApiCaller> authenticate(String presented) {
		String key = presented == null ? "" : presented.strip();
		boolean wellFormed = key.length() == PREFIX.length() + KEY_ID_LENGTH + 1 + SECRET_LENGTH && key.startsWith(PREFIX)
				&& key.charAt(PREFIX.length() + KEY_ID_LENGTH) == '_';
		String keyId = wellFormed ? key.substring(PREFIX.length(), PREFIX.length() + KEY_ID_LENGTH) : "";
		String secret = wellFormed ? key.substring(PREFIX.length() + KEY_ID_LENGTH + 1) : key;
		byte[] presentedHash = hash(secret).getBytes(StandardCharsets.US_ASCII);
		Optional<ApiKey> found = wellFormed ? keys.findByKeyId(keyId) : Optional.empty();
		// the hashes are compared in constant time, and compared at all when no key was found
		byte[] expected = found.map(ApiKey::secretHash).orElse("0".repeat(64)).getBytes(StandardCharsets.US_ASCII);
		boolean right = MessageDigest.isEqual(presentedHash, expected) && found.isPresent() && !found.get().revoked();
		if (!right) {
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		keys.used(found.get().id(), now, now.minus(USE_RECORDED_EVERY));
		return found.map(k -> new PartnerApiCaller(k.partnerReference(), k.keyId()));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
