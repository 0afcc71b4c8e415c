package io.partnerflow.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import io.partnerflow.committee.CommitteeVoteProcess;
import io.partnerflow.dealregistration.DealRegistrationProcess;
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.RecruitmentProcess;

/**
 * How the people of the simulation answer each user task: when, and what they put in its form.
 * An empty answer leaves the task open, so the model's timers decide (a lapsed application file, a
 * member who never votes). A task that today's work has answered at a given moment is answered then
 * (the same draws are made, so the other answers of the run stay as they were); the committee
 * approves the partners of today's work.
 */
final class TaskBehaviour {

	/** A form submitted this long after the task appeared. */
	record Answer(Duration after, Map<String, Object> form) {
	}

	private TaskBehaviour() {
	}

	/** The answer to a task that appeared at {@code created}: given at {@code at}, or when the draw says if null. */
	static Optional<Answer> answer(String taskKey, SimulatedPartner partner, SplittableRandom random, Instant created,
			Instant at) {
		Map<String, Object> form = new HashMap<>();
		Duration after;
		switch (taskKey) {
			case RecruitmentProcess.APPROACH_CANDIDATE -> {
				after = when(days(random, 2, 15), created, at);
				form.put(RecruitmentProcess.MEETING_DATE, date(created.plus(after)));
				form.put(RecruitmentProcess.AVERAGE_DEAL_MARGIN, 1_000 + random.nextInt(9_000));
				form.put(RecruitmentProcess.EXPECTED_REVENUE_3_YEARS, 200_000 + random.nextInt(1_800_000));
				form.put(RecruitmentProcess.EXPECTED_ROI, 10 + random.nextInt(60));
				form.put(RecruitmentProcess.CANDIDATE_INTERESTED,
						partner.interested() ? RecruitmentProcess.INTERESTED_YES : RecruitmentProcess.INTERESTED_NO);
			}
			case RecruitmentProcess.RECORD_APPLICATION_FILE -> {
				if (!partner.sendsApplication() || partner.applicationThroughApi()) {
					return Optional.empty();
				}
				form.putAll(partner.applicationFile().variables());
				after = when(days(random, 5, 40), created, at);
			}
			case CommitteeVoteProcess.CAST_VOTE -> {
				double roll = random.nextDouble();
				boolean todaysWork = partner.story() != null;
				if (roll < 0.08 && !todaysWork) {
					return Optional.empty();
				}
				double approve = partner.goodApplication() ? 0.85 : 0.3;
				String vote = todaysWork ? "APPROVE"
						: roll < 0.13 ? "ABSTAIN" : random.nextDouble() < approve ? "APPROVE" : "REJECT";
				form.put(CommitteeVoteProcess.VOTE, vote);
				form.put(CommitteeVoteProcess.VOTE_COMMENT,
						vote.equals("REJECT") ? "Weak business plan" : "Solid file, strong references");
				after = when(days(random, 1, 6), created, at);
			}
			case CommitteeVoteProcess.DECIDE_AS_CHAIR -> {
				boolean approve = random.nextDouble() < (partner.goodApplication() ? 0.8 : 0.3);
				form.put(CommitteeVoteProcess.CHAIR_DECISION,
						approve ? CommitteeVoteProcess.APPROVED : CommitteeVoteProcess.REJECTED);
				form.put(CommitteeVoteProcess.CHAIR_COMMENT, approve ? "Worth a try" : "Not ready for us");
				after = when(days(random, 1, 3), created, at);
			}
			case CommitteeVoteProcess.WRITE_TO_REJECTED_CANDIDATE -> {
				form.put(CommitteeVoteProcess.REJECTION_LETTER, "Our programme looks for partners with more references "
						+ "in your market; we would be glad to hear from you again next year.");
				after = when(days(random, 1, 4), created, at);
			}
			case RecruitmentProcess.SIGN_CONTRACT -> {
				// about two months from the letter of intent to the contract; some slip past the deadline
				after = when(days(random, 10, 65), created, at);
				form.put(RecruitmentProcess.CONTRACT_TYPE, contractType(random.nextDouble(), partner));
				form.put(RecruitmentProcess.BUSINESS_PLAN_ANNEXED, random.nextBoolean());
				form.put(RecruitmentProcess.CONTRACT_SIGNED_ON, date(created.plus(after)));
			}
			case OnboardingProcess.TRAIN_SALES_PEOPLE -> {
				int trained = 1 + random.nextInt(6);
				form.put(OnboardingProcess.VAR_SALES_PEOPLE_TRAINED, trained);
				form.put(OnboardingProcess.VAR_SALES_PEOPLE_CERTIFIED, random.nextInt(trained + 1));
				after = when(days(random, 10, 50), created, at);
			}
			case OnboardingProcess.TRAIN_TECHNICIANS -> {
				int trained = 1 + random.nextInt(4);
				form.put(OnboardingProcess.VAR_TECHNICIANS_TRAINED, trained);
				form.put(OnboardingProcess.VAR_TECHNICIANS_CERTIFIED, random.nextInt(trained + 1));
				after = when(days(random, 15, 65), created, at);
			}
			case OnboardingProcess.SIGN_BUSINESS_PLAN -> {
				after = when(days(random, 5, 35), created, at);
				form.put(OnboardingProcess.VAR_BUSINESS_PLAN_SIGNED_ON, date(created.plus(after)));
				form.put(OnboardingProcess.VAR_YEARLY_OBJECTIVES, "Ten deals and 400 kEUR in the first year");
				form.put(OnboardingProcess.VAR_MEANS_TO_REACH_THEM, "Two certified sales people, a joint event");
			}
			case OnboardingProcess.RUN_LEAD_CAMPAIGN -> {
				form.put(OnboardingProcess.VAR_CAMPAIGN_SUMMARY, "Mailing and webinar for the partner's region");
				after = when(days(random, 20, 80), created, at);
			}
			case OnboardingProcess.SUPPORT_FIRST_VISITS -> {
				form.put(OnboardingProcess.VAR_CUSTOMER_VISITS_DONE, random.nextInt(8));
				form.put(OnboardingProcess.VAR_VISITS_SUMMARY, "Joint visits with the partner's sales people");
				after = when(days(random, 30, 95), created, at);
			}
			case OnboardingProcess.REACH_INTEGRATION_MILESTONE -> {
				after = when(days(random, 20, 75), created, at);
				form.put(OnboardingProcess.VAR_INTEGRATION_MILESTONE_REACHED_ON, date(created.plus(after)));
				form.put(OnboardingProcess.VAR_INTEGRATION_SUMMARY, "Our offer built into the partner's, installed at a pilot customer");
			}
			case OnboardingProcess.MEET_PARTNER_CEO -> {
				after = when(days(random, 5, 40), created, at);
				form.put(OnboardingProcess.VAR_CEO_MEETING_HELD_ON, date(created.plus(after)));
				form.put(OnboardingProcess.VAR_CEO_MEETING_SUMMARY, "Both CEOs sponsor the partnership and its first joint offer");
			}
			case OnboardingProcess.REVIEW_AUTONOMY, OnboardingProcess.REVIEW_AUTONOMY_AGAIN -> {
				boolean commercial = random.nextDouble() < (partner.performs() ? 0.8 : 0.15);
				boolean technical = random.nextDouble() < (partner.performs() ? 0.85 : 0.4);
				form.put(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, commercial ? "yes" : "no");
				form.put(OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT, commercial ? "Sells alone" : "Needs us on every deal");
				form.put(OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS, technical ? "yes" : "no");
				form.put(OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, technical ? "Installs alone" : "Needs our consultants");
				after = when(days(random, 1, 7), created, at);
			}
			case ExitReviewProcess.REVIEW_PARTNERSHIP -> after = when(review(form, random, partner.extendedAtFirstReview()
					? Map.entry(ExitReviewProcess.DECISION_EXTEND, "A deal is close")
					: Map.entry(ExitReviewProcess.DECISION_EXIT, "No pipeline after six months")), created, at);
			case ExitReviewProcess.DECIDE_FINAL_EXIT -> after = when(review(form, random, partner.keptByException()
					? Map.entry(ExitReviewProcess.DECISION_EXCEPTION, "Strategic account in its region")
					: Map.entry(ExitReviewProcess.DECISION_EXIT, "Still no deal")), created, at);
			case ExitReviewProcess.HOLD_EXIT_CONVERSATION -> {
				after = when(days(random, 3, 20), created, at);
				form.put(ExitReviewProcess.VAR_EXIT_CONVERSATION_ON, date(created.plus(after)));
				form.put(ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY, "We part on good terms");
			}
			case DealRegistrationProcess.REVIEW -> {
				// the offers partners make on their leads are registered: their recruiter or a manager approves them
				form.put(DealRegistrationProcess.VAR_DECISION, DealRegistrationProcess.DECISION_APPROVE);
				after = when(days(random, 1, 2), created, at);
			}
			default -> {
				return Optional.empty();
			}
		}
		return Optional.of(new Answer(after, form));
	}

	/**
	 * The contract legal signs, from its draw: mostly resale, a fifth referral, and alliances, white label
	 * and OEM; a partner of today's work signs the one its story names.
	 */
	private static String contractType(double roll, SimulatedPartner partner) {
		if (partner.story() != null) {
			return partner.story().contractType();
		}
		return roll < 0.55 ? "RESALE" : roll < 0.75 ? "REFERRAL" : roll < 0.85 ? "ALLIANCE" : roll < 0.93 ? "WHITE_LABEL" : "OEM";
	}

	/** A manager's review decision and its reason, a few days after the review opened. */
	private static Duration review(Map<String, Object> form, SplittableRandom random, Map.Entry<String, String> decision) {
		form.put(ExitReviewProcess.VAR_REVIEW_DECISION, decision.getKey());
		form.put(ExitReviewProcess.VAR_DECISION_REASON, decision.getValue());
		return days(random, 2, 12);
	}

	/** The drawn delay, or the one until {@code at} when the answer's moment is set. */
	private static Duration when(Duration drawn, Instant created, Instant at) {
		return at == null ? drawn : Duration.between(created, at);
	}

	/** Between {@code min} and {@code max} days later, at some hour of the day. */
	static Duration days(SplittableRandom random, int min, int max) {
		return Duration.ofDays(min + random.nextInt(max - min + 1)).plusMinutes(random.nextInt(8 * 60));
	}

	private static String date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
	}

}
