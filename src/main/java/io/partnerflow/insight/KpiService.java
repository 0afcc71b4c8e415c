package io.partnerflow.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.partnerflow.conduct.CardColour;
import io.partnerflow.conduct.Cards;
import io.partnerflow.insight.CohortCounts.Dimension;
import io.partnerflow.insight.Kpis.ActiveRate;
import io.partnerflow.insight.Kpis.Average;
import io.partnerflow.insight.Kpis.Breakdown;
import io.partnerflow.insight.Kpis.CardsIssued;
import io.partnerflow.insight.Kpis.FunnelStep;
import io.partnerflow.insight.Kpis.Leads;
import io.partnerflow.insight.Kpis.LeadsOf;
import io.partnerflow.insight.Kpis.RecruitmentCost;
import io.partnerflow.insight.Kpis.SignatureRate;
import io.partnerflow.notification.StaffMember;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerSource;
import io.partnerflow.partner.PartnerStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager KPIs of the seed method (README, "KPIs"): times to recruit, to the first deal and
 * to autonomy, the partners active after their start-up period, the contract signature rate, the
 * recruitment cost, the funnel with each step's conversion, the figures by recruiter (by name),
 * market, category and source (where the candidates were found), the cards issued, and the leads passed
 * to the cohort's partners, accepted and won, by recruiter and by partner. Four aggregate queries per
 * call, whatever the number of partners, and the user store for the recruiters' names. Time is the
 * application's clock, like every other date of a partner.
 */
@Service
@Transactional(readOnly = true)
class KpiService {

	/** The steps of the funnel without a date of their own on the partner. */
	private static final Set<PartnerStatus> REACHED_FROM_TIMELINE = EnumSet.of(PartnerStatus.APPROACHED, PartnerStatus.ACTIVE);

	private final CohortQuery cohort;

	private final LeadQuery leads;

	private final RecruitmentCosts costs;

	private final IdentityService identity;

	private final Clock clock;

	private final Cards cards;

	KpiService(CohortQuery cohort, LeadQuery leads, RecruitmentCosts costs, IdentityService identity, Clock clock,
			Cards cards) {
		this.cohort = cohort;
		this.leads = leads;
		this.costs = costs;
		this.identity = identity;
		this.clock = clock;
		this.cards = cards;
	}

	Kpis compute(KpiPeriod period) {
		Instant now = Instant.now(clock);
		Instant asOf = period.end().isBefore(now) ? period.end() : now;
		List<CohortCounts> groups = cohort.byGroup(period.start(), period.end(), asOf);
		CohortCounts all = groups.stream().reduce(CohortCounts.NONE, CohortCounts::plus);
		Map<PartnerStatus, Long> reached = cohort.statusesReached(period.start(), period.end(), REACHED_FROM_TIMELINE);
		PassedLeads passed = leads(period);
		return new Kpis(period.from(), period.to(), Average.ofSeconds(all.recruitSeconds(), all.signed()),
				Average.ofSeconds(all.firstDealSeconds(), all.firstDeals()),
				Average.ofSeconds(all.commercialAutonomySeconds(), all.commerciallyAutonomous()),
				Average.ofSeconds(all.technicalAutonomySeconds(), all.technicallyAutonomous()), ActiveRate.of(all),
				SignatureRate.of(all), RecruitmentCost.of(all, costs),
				new CardsIssued(cards.issued(CardColour.YELLOW, period.start(), period.end()),
						cards.issued(CardColour.RED, period.start(), period.end())),
				funnel(all, reached),
				breakdown(groups, Dimension.RECRUITER, this::recruiterNames),
				breakdown(groups, Dimension.MARKET, markets -> Map.of()),
				breakdown(groups, Dimension.CATEGORY, KpiService::categoryNames),
				breakdown(groups, Dimension.SOURCE, KpiService::sourceNames), passed.leads(), passed.byRecruiter(),
				passed.byPartner());
	}

	/** The leads passed to the cohort's partners: in all, by recruiter (by name) and by partner. */
	private record PassedLeads(Leads leads, List<LeadsOf> byRecruiter, List<LeadsOf> byPartner) {
	}

	private PassedLeads leads(KpiPeriod period) {
		List<LeadQuery.PartnerLeads> partners = leads.byPartner(period.start(), period.end());
		Map<String, long[]> byRecruiter = new TreeMap<>();
		long[] all = new long[3];
		for (LeadQuery.PartnerLeads partner : partners) {
			long[] sum = byRecruiter.computeIfAbsent(partner.recruiter(), recruiter -> new long[3]);
			for (long[] counts : List.of(sum, all)) {
				counts[0] += partner.passed();
				counts[1] += partner.accepted();
				counts[2] += partner.won();
			}
		}
		Map<String, String> names = recruiterNames(byRecruiter.keySet());
		return new PassedLeads(Leads.of(all[0], all[1], all[2]), byRecruiter.entrySet()
			.stream()
			.map(recruiter -> leadsOf(recruiter.getKey(), names.getOrDefault(recruiter.getKey(), recruiter.getKey()),
					recruiter.getValue()[0], recruiter.getValue()[1], recruiter.getValue()[2]))
			.toList(),
				partners.stream()
					.map(partner -> leadsOf(partner.reference(), partner.company(), partner.passed(), partner.accepted(),
							partner.won()))
					.toList());
	}

	private static LeadsOf leadsOf(String key, String name, long passed, long accepted, long won) {
		return new LeadsOf(key, name, passed, accepted, won, Kpis.rate(won, passed));
	}

	private static List<FunnelStep> funnel(CohortCounts all, Map<PartnerStatus, Long> reached) {
		long[] partners = { all.listed(), all.eligible(), reached.get(PartnerStatus.APPROACHED), all.applied(),
				all.approved(), all.signed(), reached.get(PartnerStatus.ACTIVE) };
		String[] steps = { "LISTED", "ELIGIBLE", "APPROACHED", "APPLIED", "APPROVED", "SIGNED", "ACTIVE" };
		List<FunnelStep> funnel = new ArrayList<>();
		for (int i = 0; i < steps.length; i++) {
			funnel.add(new FunnelStep(steps[i], partners[i], i == 0 ? null : Kpis.rate(partners[i], partners[i - 1])));
		}
		funnel.add(new FunnelStep("EXITED", all.exited(), Kpis.rate(all.exited(), all.signed())));
		return funnel;
	}

	/** The groups summed by one dimension, in the order of its keys, each with its name. */
	private List<Breakdown> breakdown(List<CohortCounts> groups, Dimension dimension,
			Function<Set<String>, Map<String, String>> names) {
		Map<String, CohortCounts> sums = groups.stream()
			.filter(group -> dimension.value.apply(group.key()) != null)
			.collect(Collectors.toMap(group -> dimension.value.apply(group.key()), group -> group, CohortCounts::plus,
					TreeMap::new));
		Map<String, String> named = names.apply(sums.keySet());
		return sums.entrySet()
			.stream()
			.map(sum -> figures(sum.getKey(), named.getOrDefault(sum.getKey(), sum.getKey()), sum.getValue()))
			.toList();
	}

	private Breakdown figures(String key, String name, CohortCounts counts) {
		return new Breakdown(key, name, counts.listed(), counts.applied(), counts.signed(), counts.businessPlansSigned(),
				counts.activeAfterStartUp(), ActiveRate.of(counts), SignatureRate.of(counts),
				RecruitmentCost.of(counts, costs).total());
	}

	/** The recruiters' first and last names from the user store, in one query; an unknown id stays as it is. */
	private Map<String, String> recruiterNames(Set<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return identity.createUserQuery()
			.userIdIn(ids.toArray(String[]::new))
			.listPage(0, ids.size())
			.stream()
			.filter(user -> !StaffMember.fullName(user).isEmpty())
			.collect(Collectors.toMap(User::getId, StaffMember::fullName));
	}

	/** Each source's name; the partners listed before the source was asked are "Not recorded". */
	private static Map<String, String> sourceNames(Set<String> sources) {
		return sources.stream()
			.collect(Collectors.toMap(source -> source, source -> source.equals(CohortCounts.SOURCE_NOT_RECORDED)
					? "Not recorded" : PartnerSource.valueOf(source).label()));
	}

	private static Map<String, String> categoryNames(Set<String> categories) {
		return categories.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toMap(category -> category, category -> PartnerCategory.valueOf(category).label()));
	}

}
