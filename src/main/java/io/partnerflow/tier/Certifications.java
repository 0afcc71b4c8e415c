package io.partnerflow.tier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certifications of partners' people: who, for which role, from which day until which. Recorded by
 * the training team (each also goes to the partner's timeline), never changed: a renewal is a new one.
 * The tier counts the people whose certification is valid on the day it is reviewed.
 */
@Service
@Transactional
public class Certifications {

	/** People are certified once the contract is signed, and while the partner is in the network. */
	private static final Set<PartnerStatus> IN_THE_NETWORK = EnumSet.of(PartnerStatus.CONTRACT_SIGNED,
			PartnerStatus.ONBOARDING, PartnerStatus.EXIT_REVIEW, PartnerStatus.ACTIVE);

	private final PartnerService partners;

	private final CertificationRepository certifications;

	private final Clock clock;

	Certifications(PartnerService partners, CertificationRepository certifications, Clock clock) {
		this.partners = partners;
		this.certifications = certifications;
		this.clock = clock;
	}

	/**
	 * Records that {@code personName} of the partner passed the certification for {@code role} on
	 * {@code certifiedOn}, valid until {@code expiresOn} (that day it no longer counts). Refused: a
	 * day in the future (400), an expiry not after the certification (400), a partner without a
	 * signed contract or that left (409), an unknown partner (404).
	 */
	public Certification record(String reference, String personName, CertificationRole role, LocalDate certifiedOn,
			LocalDate expiresOn, String actor) {
		Partner partner = partners.get(reference);
		if (certifiedOn.isAfter(LocalDate.now(clock))) {
			throw new BadRequestException("certifiedOn", "must not be in the future");
		}
		if (!expiresOn.isAfter(certifiedOn)) {
			throw new BadRequestException("expiresOn", "must be after certifiedOn");
		}
		if (!IN_THE_NETWORK.contains(partner.getStatus())) {
			throw new ConflictException("Not in the network", "Partner %s is %s: its people are certified once its contract is signed and while it is a partner"
				.formatted(reference, partner.getStatus()));
		}
		Certification certification = certifications.save(new Certification(partner.getId(), personName, role,
				certifiedOn, expiresOn, Instant.now(clock), actor));
		partners.record(reference, actor, "CERTIFICATION", "%s certified (%s) on %s, valid until %s"
			.formatted(personName, role == CertificationRole.SALES ? "sales" : "technical", certifiedOn, expiresOn));
		return certification;
	}

	/** The partner's certifications, the latest first, expired ones included. */
	@Transactional(readOnly = true)
	public List<Certification> list(String reference) {
		return certifications.findByPartner(partners.get(reference).getId());
	}

	/** How many of the partner's people hold a valid certification for {@code role} on {@code day}. */
	@Transactional(readOnly = true)
	public int validOn(String reference, CertificationRole role, LocalDate day) {
		return Math.toIntExact(certifications.countValid(partners.get(reference).getId(), role, day));
	}

}
