package io.partnerflow.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerService;
import io.partnerflow.recruitment.ApplicationFiles;
import io.partnerflow.recruitment.Recruitments;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The application file as its candidate reaches it through a personal link: what the link opens
 * ({@link LinkState}), the draft, and the one submission, which keeps the file and tells the
 * waiting recruitment through {@link Recruitments#submitApplication}, as the API does. A save or a
 * submission locks the link, so two at once run one after the other; a refused one writes nothing.
 */
@Service
@Transactional
class PortalApplications {

	/** What a link's page shows: its state, and when open the partner, the answers and their draft's time. */
	record Opened(LinkState state, Partner partner, ApplicationForm form, Instant draftSavedAt, Instant expiresAt) {

		static Opened nothing() {
			return new Opened(LinkState.UNKNOWN, null, null, null, null);
		}

	}

	/** What a save or a submission did: {@code done} when it kept the answers; the page as it is after. */
	record Result(boolean done, Opened page) {
	}

	private final PortalLinks links;

	private final ApplicationDraftRepository drafts;

	private final PartnerService partners;

	private final ApplicationFiles files;

	private final Recruitments recruitments;

	private final SpringValidatorAdapter validator;

	private final Clock clock;

	PortalApplications(PortalLinks links, ApplicationDraftRepository drafts, PartnerService partners,
			ApplicationFiles files, Recruitments recruitments, Validator validator, Clock clock) {
		this.links = links;
		this.drafts = drafts;
		this.partners = partners;
		this.files = files;
		this.recruitments = recruitments;
		this.validator = new SpringValidatorAdapter(validator);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Opened open(String token) {
		return links.find(token).map(this::opened).orElseGet(Opened::nothing);
	}

	/**
	 * Keeps the answers as a draft, any of them still empty, when the link is open and none is too
	 * long ({@code errors} says which); returns the page as it is after.
	 */
	Result save(String token, ApplicationForm form, Errors errors) {
		Optional<PortalLink> link = links.lock(token);
		Opened opened = link.map(this::opened).orElseGet(Opened::nothing);
		if (opened.state() != LinkState.OPEN) {
			return new Result(false, opened);
		}
		validator.validate(form, errors);
		if (errors.hasErrors()) {
			return new Result(false, withAnswers(opened, form));
		}
		String reference = link.get().partnerReference();
		ApplicationDraft draft = drafts.findById(reference).orElseGet(() -> new ApplicationDraft(reference));
		draft.keep(form.toData(), Instant.now(clock));
		drafts.save(draft);
		return new Result(true, opened(link.get()));
	}

	/**
	 * Submits the file when the link is open and every answer is given and fits ({@code errors} says
	 * which does not); the link is then used and the draft gone. Returns the page as it is after.
	 */
	Result submit(String token, ApplicationForm form, Errors errors) {
		Optional<PortalLink> link = links.lock(token);
		Opened opened = link.map(this::opened).orElseGet(Opened::nothing);
		if (opened.state() != LinkState.OPEN) {
			return new Result(false, opened);
		}
		validator.validate(form.toData(), errors);
		if (errors.hasErrors()) {
			return new Result(false, withAnswers(opened, form));
		}
		String reference = link.get().partnerReference();
		recruitments.submitApplication(reference, form.toData(), PartnerService.CONTACT_ACTOR);
		link.get().use(Instant.now(clock));
		drafts.findById(reference).ifPresent(drafts::delete);
		return new Result(true, opened(link.get()));
	}

	private static Opened withAnswers(Opened opened, ApplicationForm form) {
		return new Opened(opened.state(), opened.partner(), form, opened.draftSavedAt(), opened.expiresAt());
	}

	private Opened opened(PortalLink link) {
		String reference = link.partnerReference();
		Partner partner = partners.get(reference);
		Optional<ApplicationDraft> draft = drafts.findById(reference);
		ApplicationForm form = draft.map(kept -> ApplicationForm.of(kept.answers())).orElseGet(ApplicationForm::new);
		return new Opened(state(link), partner, form, draft.map(ApplicationDraft::savedAt).orElse(null), link.expiresAt());
	}

	private LinkState state(PortalLink link) {
		LinkState own = LinkState.of(link, Instant.now(clock));
		if (own == LinkState.REVOKED) {
			return own;
		}
		if (own == LinkState.USED || files.exists(link.partnerReference())) {
			return LinkState.USED;
		}
		if (own == LinkState.EXPIRED) {
			return own;
		}
		return recruitments.awaitsApplication(link.partnerReference()) ? LinkState.OPEN : LinkState.CLOSED;
	}

}
