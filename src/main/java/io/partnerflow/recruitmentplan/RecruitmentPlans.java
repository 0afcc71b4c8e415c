package io.partnerflow.recruitmentplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.partnerflow.partner.Markets;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.UnknownMarketException;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.ConflictException;
import io.partnerflow.system.NotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of recruitment plans. A plan moves DRAFT -> SUBMITTED -> APPROVED, or back to
 * DRAFT when the leadership sends it back; only a draft changes, only managers change it, and every
 * door (the API, the plan page, the plan's tasks) comes through here, where each value is checked.
 */
@Service
public class RecruitmentPlans {

	private final RecruitmentPlanRepository plans;

	private final Markets markets;

	private final Validator validator;

	private final Clock clock;

	RecruitmentPlans(RecruitmentPlanRepository plans, Markets markets, Validator validator, Clock clock) {
		this.plans = plans;
		this.markets = markets;
		this.validator = validator;
		this.clock = clock;
	}

	/** Today's year, on the application's clock (UTC days). */
	public int currentYear() {
		return LocalDate.now(clock).getYear();
	}

	/** A manager opens a year's plan, a draft: this year's or one of the next two; one plan a year. */
	@Transactional
	public RecruitmentPlan open(int year, String manager) {
		int now = currentYear();
		if (year < now || year > now + 2) {
			throw new BadRequestException(RecruitmentPlanProcess.PLAN_YEAR,
					"must be this year or one of the next two (%d to %d)".formatted(now, now + 2));
		}
		if (plans.findByPlanYear(year).isPresent()) {
			throw new ConflictException("Plan already drawn up", "The recruitment plan of " + year + " exists already");
		}
		return plans.saveAndFlush(new RecruitmentPlan(year, manager, clock.instant()));
	}

	@Transactional(readOnly = true)
	public RecruitmentPlan get(int year) {
		return plans.findByPlanYear(year).map(RecruitmentPlans::loaded).orElseThrow(() -> notFound(year));
	}

	@Transactional(readOnly = true)
	public boolean exists(int year) {
		return plans.findByPlanYear(year).isPresent();
	}

	@Transactional(readOnly = true)
	public List<RecruitmentPlan> all() {
		return plans.findAllByOrderByPlanYearDesc().stream().map(RecruitmentPlans::loaded).toList();
	}

	/** A manager replaces the draft's markets, targets and expectations; a plan submitted or approved is refused. */
	@Transactional
	public RecruitmentPlan change(int year, PlanChange change, String manager) {
		RecruitmentPlan plan = plans.findForUpdate(year).orElseThrow(() -> notFound(year));
		if (plan.getStatus() != PlanStatus.DRAFT) {
			throw new ConflictException("Plan not a draft", "The recruitment plan of " + year + " is "
					+ plan.getStatus() + ": only a draft changes (the leadership sends a plan back to change it)");
		}
		Set<ConstraintViolation<PlanChange>> violations = validator.validate(change);
		if (!violations.isEmpty()) {
			ConstraintViolation<PlanChange> first = violations.stream()
				.min((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
				.orElseThrow();
			throw new BadRequestException(first.getPropertyPath().toString(), first.getMessage());
		}
		Set<String> priority = new LinkedHashSet<>();
		for (int i = 0; i < change.priorityMarkets().size(); i++) {
			priority.add(market(change.priorityMarkets().get(i), "priorityMarkets[" + i + "]"));
		}
		List<PlanTarget.Draft> targets = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < change.targets().size(); i++) {
			PlanChange.Target target = change.targets().get(i);
			String field = "targets[" + i + "]";
			String market = market(target.market(), field + ".market");
			if (!seen.add(market + "/" + target.category())) {
				throw new BadRequestException(field, "names %s and %s a second time".formatted(market, target.category()));
			}
			String reason = target.overrideReason() == null || target.overrideReason().isBlank() ? null
					: target.overrideReason().strip();
			if (target.partnersOverride() != null && reason == null) {
				throw new BadRequestException(field + ".overrideReason",
						"is required when the number of partners is set instead of derived from the figures");
			}
			targets.add(new PlanTarget.Draft(market, target.category(), target.targetRevenue(), target.revenuePerPartner(),
					target.partnersOverride(), target.partnersOverride() == null ? null : reason));
		}
		Map<PartnerCategory, String> expectations = new EnumMap<>(PartnerCategory.class);
		change.expectations().forEach((category, text) -> {
			if (!text.isBlank()) {
				expectations.put(category, text.strip());
			}
		});
		plan.replace(priority, targets, expectations);
		return loaded(plans.saveAndFlush(plan));
	}

	/** The managers hand the draft to the leadership; a plan without a target is refused. */
	@Transactional
	public RecruitmentPlan submit(int year) {
		RecruitmentPlan plan = plans.findForUpdate(year).orElseThrow(() -> notFound(year));
		if (plan.getStatus() != PlanStatus.DRAFT) {
			throw new ConflictException("Plan not a draft", "The recruitment plan of " + year + " is " + plan.getStatus());
		}
		if (plan.getTargets().isEmpty()) {
			throw new ConflictException("Plan without targets", "The recruitment plan of " + year
					+ " has no target yet: add the partners to sign per market and category on its page");
		}
		plan.submitted(clock.instant());
		return plan;
	}

	/** The leadership approves the submitted plan, or sends it back to the managers, saying why. */
	@Transactional
	public RecruitmentPlan decide(int year, boolean approved, String leader, String comment) {
		RecruitmentPlan plan = plans.findForUpdate(year).orElseThrow(() -> notFound(year));
		if (plan.getStatus() != PlanStatus.SUBMITTED) {
			throw new ConflictException("Plan not submitted", "The recruitment plan of " + year + " is "
					+ plan.getStatus() + ": the leadership decides on a submitted plan");
		}
		String said = comment == null || comment.isBlank() ? null : comment.strip();
		if (!approved && said == null) {
			throw new BadRequestException(RecruitmentPlanProcess.PLAN_COMMENT, "is required to send the plan back");
		}
		plan.decided(approved, leader, said, clock.instant());
		return plan;
	}

	/** Whether the market is a priority of the approved plan of that day's year (no approved plan: none is). */
	@Transactional(readOnly = true)
	public boolean isPriority(String market, LocalDate day) {
		return plans.findByPlanYear(day.getYear())
			.filter(plan -> plan.getStatus() == PlanStatus.APPROVED)
			.map(plan -> plan.getPriorityMarkets().contains(market))
			.orElse(false);
	}

	/** The plan in a few lines, for the tasks' forms and the mails. */
	@Transactional(readOnly = true)
	public String summary(int year) {
		RecruitmentPlan plan = get(year);
		StringBuilder text = new StringBuilder();
		text.append("Priority markets: ")
			.append(plan.getPriorityMarkets().isEmpty() ? "none" : String.join(", ", plan.getPriorityMarkets()))
			.append('\n');
		text.append("Partners to sign: ").append(plan.partnersToSign()).append('\n');
		for (PlanTarget target : plan.getTargets()) {
			text.append(String.format(Locale.ROOT, "- %s, %s: %d partners (%,d EUR to make, %,d EUR a partner%s)%n", target.getMarket(),
					target.getCategory().label(), target.partnersToSign(), target.getTargetRevenue(),
					target.getRevenuePerPartner(), target.getPartnersOverride() == null ? ""
							: "; set instead of " + target.derivedPartners() + ": " + target.getOverrideReason()));
		}
		plan.getExpectations().forEach((category, expected) -> text.append("Expected of a ")
			.append(category.label().toLowerCase())
			.append(": ")
			.append(expected)
			.append('\n'));
		return text.toString().strip();
	}

	private String market(String typed, String field) {
		try {
			return markets.canonical(typed);
		}
		catch (UnknownMarketException unknown) {
			throw new BadRequestException(field, unknown.sentence().substring(Markets.FIELD.length() + 1));
		}
	}

	private static RecruitmentPlan loaded(RecruitmentPlan plan) {
		plan.getTargets().size();
		plan.getPriorityMarkets().size();
		plan.getExpectations().size();
		return plan;
	}

	private static NotFoundException notFound(int year) {
		return new NotFoundException("Plan not found", "No recruitment plan is drawn up for " + year);
	}

}
