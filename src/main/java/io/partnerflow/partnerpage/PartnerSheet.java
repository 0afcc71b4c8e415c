package io.partnerflow.partnerpage;

import java.time.Instant;
import java.util.List;

import io.partnerflow.notification.SentMail;
import io.partnerflow.deals.Deal;
import io.partnerflow.onboarding.PlanFacts;
import io.partnerflow.conduct.Card;
import io.partnerflow.partner.Partner;
import io.partnerflow.tier.Certification;

/**
 * Everything the page of one partner shows, read for one user: its record, its timeline with
 * people's names, the mails sent about it, its plan, deals and certified people, its yellow and red cards, the committee's published ballots,
 * and links to the open tasks and running processes the user may open.
 */
record PartnerSheet(Partner partner, String recruiterName, List<Line> timeline, List<SentMail> mails, PlanFacts plan,
		List<Deal> deals, List<Certification> certifications, List<CardLine> cards, List<Ballot> ballots, boolean voteOpen, List<Link> tasks, List<Link> processes) {

	/** One line of the timeline: when, who (a name), what. */
	record Line(Instant at, String who, String kind, String what) {
	}

	/** A yellow or red card: the card, and the manager who issued it by name. */
	record CardLine(Card card, String issuedBy) {
	}

	/** A ballot of a closed vote. */
	record Ballot(Instant castAt, String member, String choice, String comment) {
	}

	/** An open task in Tasklist or a running process in Cockpit: what it is, who holds it, until when. */
	record Link(String name, String holder, Instant due, String url) {
	}

}
