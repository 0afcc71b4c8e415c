package io.partnerflow.simulation;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.RecruitmentProcess;

/**
 * The work a simulated period leaves open at its end, so that whoever logs in on the demo finds the
 * day's tasks: partners whose stories stop at a task of each role, their earlier steps done in the
 * past by the real processes, at moments counted back from the end of the period. The moments fit
 * the models' default periods (the committee votes within 7 days, a contract is signed within 30,
 * day 100 and month 6 of the plan), so every task left open is still within its deadline.
 */
final class TodaysWork {

	/** Every member of the committee votes. */
	static final int ALL = Integer.MAX_VALUE;

	/**
	 * One partner's story: when it was listed and when its people answered the tasks the story
	 * names, each that long before the end of the period (at some working hour of that day). When it
	 * names the vote, the first {@code voters} members of the committee (by user id) approve then and
	 * the others' ballots stay open. The tasks in {@code open} stay open for the demo's users; any
	 * other task is answered as usual. Legal signs a contract of {@code contractType} (a resale contract
	 * unless the story says otherwise: its plan has every usual step); a story's partner has at least
	 * {@code annualRevenue} EUR a year (0: as drawn).
	 */
	record Story(Period listed, Map<String, Period> answered, int voters, Set<String> open, String contractType,
			long annualRevenue) {

		static Story listed(Period ago) {
			return new Story(ago, Map.of(), 0, Set.of(), "RESALE", 0);
		}

		/** Legal signs a contract of this type, with a partner of at least this revenue. */
		Story contract(String type, long revenue) {
			return new Story(listed, answered, voters, open, type, revenue);
		}

		Story approached(Period ago) {
			return then(RecruitmentProcess.APPROACH_CANDIDATE, ago);
		}

		/** The application file arrives, through the API or typed in by the recruiter. */
		Story applied(Period ago) {
			return then(RecruitmentProcess.RECORD_APPLICATION_FILE, ago);
		}

		Story votedBy(int voters, Period ago) {
			Story voted = then(CommitteeVoteProcess.CAST_VOTE, ago);
			return new Story(listed, voted.answered, voters, open, contractType, annualRevenue);
		}

		Story signed(Period ago) {
			return then(RecruitmentProcess.SIGN_CONTRACT, ago);
		}

		Story then(String task, Period ago) {
			Map<String, Period> more = new HashMap<>(answered);
			more.put(task, ago);
			return new Story(listed, Map.copyOf(more), voters, open, contractType, annualRevenue);
		}

		Story leaves(String... tasks) {
			return new Story(listed, answered, voters, Set.of(tasks), contractType, annualRevenue);
		}

		/** When the story has this task answered, if it names it. */
		Optional<Period> answered(String task) {
			return Optional.ofNullable(answered.get(task));
		}

		/** That long before {@code end}, at a working hour between 8:00 and 16:00 UTC. */
		static Instant before(Instant end, Period ago, SplittableRandom random) {
			return end.atZone(ZoneOffset.UTC).minus(ago).plusHours(8).plusMinutes(random.nextInt(8 * 60)).toInstant();
		}

	}

	/** Each recruiter's candidates to approach, listed in the last week. */
	private static final List<Story> EACH_RECRUITER = List.of(
			Story.listed(days(1)).leaves(RecruitmentProcess.APPROACH_CANDIDATE),
			Story.listed(days(4)).leaves(RecruitmentProcess.APPROACH_CANDIDATE),
			Story.listed(days(8)).leaves(RecruitmentProcess.APPROACH_CANDIDATE));

	/** One partner at each later step; recruiters take them in turn. */
	private static final List<Story> ONCE = List.of(
			// recruiters: application files asked for, not received yet (one reminder sent)
			Story.listed(days(21)).approached(days(17)).leaves(RecruitmentProcess.RECORD_APPLICATION_FILE),
			Story.listed(days(12)).approached(days(9)).leaves(RecruitmentProcess.RECORD_APPLICATION_FILE),
			// committee: ballots on three applications, one of them cast by the first member already
			Story.listed(days(28)).approached(days(24)).applied(days(1)).leaves(CommitteeVoteProcess.CAST_VOTE),
			Story.listed(days(33)).approached(days(27)).applied(days(2)).leaves(CommitteeVoteProcess.CAST_VOTE),
			Story.listed(days(26)).approached(days(20)).applied(days(2)).votedBy(1, days(1)),
			// chair: a vote that closed at its deadline without quorum
			Story.listed(days(40)).approached(days(35)).applied(days(9)).votedBy(1, days(8))
				.leaves(CommitteeVoteProcess.DECIDE_AS_CHAIR),
			// legal: contracts of approved applications
			Story.listed(days(45)).approached(days(40)).applied(days(12)).votedBy(ALL, days(10))
				.leaves(RecruitmentProcess.SIGN_CONTRACT),
			Story.listed(days(38)).approached(days(31)).applied(days(8)).votedBy(ALL, days(6))
				.leaves(RecruitmentProcess.SIGN_CONTRACT),
			// training, marketing, sales and the recruiter: the first weeks of two 100-day plans
			Story.listed(days(80)).approached(days(74)).applied(days(40)).votedBy(ALL, days(38)).signed(days(12))
				.leaves(OnboardingProcess.TRAIN_SALES_PEOPLE, OnboardingProcess.TRAIN_TECHNICIANS,
						OnboardingProcess.SIGN_BUSINESS_PLAN, OnboardingProcess.RUN_LEAD_CAMPAIGN,
						OnboardingProcess.SUPPORT_FIRST_VISITS),
			Story.listed(days(95)).approached(days(88)).applied(days(55)).votedBy(ALL, days(53)).signed(days(25))
				.then(OnboardingProcess.SIGN_BUSINESS_PLAN, days(18))
				.leaves(OnboardingProcess.TRAIN_SALES_PEOPLE, OnboardingProcess.TRAIN_TECHNICIANS,
						OnboardingProcess.RUN_LEAD_CAMPAIGN, OnboardingProcess.SUPPORT_FIRST_VISITS),
			// leadership and training: a strategic OEM partner's first days, its CEO to meet, its integration milestone
			// to reach (an OEM contract with a partner of 5 MEUR a year or more: the plan decision's rules)
			Story.listed(days(70)).approached(days(64)).applied(days(34)).votedBy(ALL, days(32)).signed(days(10))
				.contract("OEM", 6_000_000)
				.leaves(OnboardingProcess.MEET_PARTNER_CEO, OnboardingProcess.REACH_INTEGRATION_MILESTONE),
			// the recruiter: day 100 of a plan, the autonomy to review
			Story.listed(days(162)).approached(days(156)).applied(days(130)).votedBy(ALL, days(128)).signed(days(102))
				.leaves(OnboardingProcess.REVIEW_AUTONOMY),
			// managers: month 6 of a partner without a deal
			Story.listed(sixMonths(75)).approached(sixMonths(69)).applied(sixMonths(30)).votedBy(ALL, sixMonths(28))
				.signed(sixMonths(5))
				.leaves(ExitReviewProcess.REVIEW_PARTNERSHIP));

	/**
	 * Today's partners are numbered this far apart: consecutive numbers share their trade and city
	 * ({@link SimulatedPartner#companyName}), these differ in every word of the name.
	 */
	private static final int SPREAD = 277;

	private TodaysWork() {
	}

	/** The partners of today's work, numbered from {@code first} on (unlike any of the year's), with their stories. */
	static List<SimulatedPartner> partners(SimulationSettings settings, long startDay, int first, List<String> recruiters) {
		List<SimulatedPartner> partners = new ArrayList<>();
		for (String recruiter : recruiters) {
			for (Story story : EACH_RECRUITER) {
				partners.add(SimulatedPartner.draw(settings, startDay, first + partners.size() * SPREAD, recruiters)
					.living(story, recruiter));
			}
		}
		for (Story story : ONCE) {
			String recruiter = recruiters.get(partners.size() % recruiters.size());
			partners.add(SimulatedPartner.draw(settings, startDay, first + partners.size() * SPREAD, recruiters)
				.living(story, recruiter));
		}
		return partners;
	}

	private static Period days(int days) {
		return Period.ofDays(days);
	}

	private static Period sixMonths(int andDays) {
		return Period.ofMonths(6).plusDays(andDays);
	}

}
