package io.partnerflow.insight;

import java.time.Instant;
import java.util.Date;

import io.partnerflow.partner.PartnerService;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.support.TestPartners;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import static io.partnerflow.partner.PartnerStatus.*;

/**
 * Partners of rita's listed and moved at given moments through the real partner service, for the
 * KPIs of the months they fall in; the engine clock, which dates every record, moves with them.
 */
final class ListedPartners {

	private final PartnerService partners;

	ListedPartners(PartnerService partners) {
		this.partners = partners;
	}

	/** Lists a candidate at that moment, its criteria checked (score 70). */
	String listed(String when) {
		at(when);
		String reference = partners.register(TestPartners.candidate("Listed"), "rita").getReference();
		partners.recordSelectionScore(reference, 70, "selection-criteria");
		return reference;
	}

	/** Approached and the file requested at noon of that day, in committee an hour later: it applied. */
	void applied(String reference, String day) {
		move(reference, day + "T12:00:00Z", APPROACHED, APPLICATION_REQUESTED);
		move(reference, day + "T13:00:00Z", IN_COMMITTEE);
	}

	/** Applied, approved and signed on that day (the contract at 15:00). */
	void signed(String reference, String day) {
		applied(reference, day);
		move(reference, day + "T14:00:00Z", APPROVED);
		partners.recordContractSignature(reference, at(day + "T15:00:00Z"), "luc");
	}

	void move(String reference, String when, PartnerStatus... statuses) {
		at(when);
		for (PartnerStatus status : statuses) {
			partners.changeStatus(reference, status, "rita", null);
		}
	}

	/** Sets the engine clock. */
	static Instant at(String when) {
		Instant instant = Instant.parse(when);
		ClockUtil.setCurrentTime(Date.from(instant));
		return instant;
	}

}
