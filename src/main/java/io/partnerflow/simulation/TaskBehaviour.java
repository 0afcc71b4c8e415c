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
import io.partnerflow.exitreview.ExitReviewProcess;
import io.partnerflow.onboarding.OnboardingProcess;
import io.partnerflow.recruitment.RecruitmentProcess;

/**
 * How the people of the simulation answer each user task: when, and what they put in its form.
 * An empty answer leaves the task open, so the model's timers decide (a lapsed application file, a
 * member who never votes).
 */
final class TaskBehaviour {

	/** A form submitted this long after the task appeared. */
	record Answer(Duration after, Map<String, Object> form) {
	}

	private TaskBehaviour() {
	}

	static Optional<Answer> answer(String taskKey, SimulatedPartner partner, SplittableRandom random, Instant created) {
		Map<String, Object> form = new HashMap<>();
		Duration after;
		switch (taskKey) {
			case RecruitmentProcess.APPROACH_CANDIDATE -> {
				after = days(random, 2, 15);
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
				after = days(random, 5, 40);
			}
			case CommitteeVoteProcess.CAST_VOTE -> {
				double roll = random.nextDouble();
				if (roll < 0.08) {
					return Optional.empty();
				}
				double approve = partner.goodApplication() ? 0.85 : 0.3;
				String vote = roll < 0.13 ? "ABSTAIN" : random.nextDouble() < approve ? "APPROVE" : "REJECT";
				form.put(CommitteeVoteProcess.VOTE, vote);
				form.put(CommitteeVoteProcess.VOTE_COMMENT,
						vote.equals("REJECT") ? "Weak business plan" : "Solid file, strong references");
				after = days(random, 1, 6);
			}
			case CommitteeVoteProcess.DECIDE_AS_CHAIR -> {
				boolean approve = random.nextDouble() < (partner.goodApplication() ? 0.8 : 0.3);
				form.put(CommitteeVoteProcess.CHAIR_DECISION,
						approve ? CommitteeVoteProcess.APPROVED : CommitteeVoteProcess.REJECTED);
				form.put(CommitteeVoteProcess.CHAIR_COMMENT, approve ? "Worth a try" : "Not ready for us");
				after = days(random, 1, 3);
			}
			case CommitteeVoteProcess.WRITE_TO_REJECTED_CANDIDATE -> {
				form.put(CommitteeVoteProcess.REJECTION_LETTER, "Our programme looks for partners with more references "
						+ "in your market; we would be glad to hear from you again next year.");
				after = days(random, 1, 4);
			}
			case RecruitmentProcess.SIGN_CONTRACT -> {
				// about two months from the letter of intent to the contract; some slip past the deadline
				after = days(random, 10, 65);
				form.put(RecruitmentProcess.CONTRACT_TYPE, random.nextDouble() < 0.7 ? "RESALE" : "REFERRAL");
				form.put(RecruitmentProcess.BUSINESS_PLAN_ANNEXED, random.nextBoolean());
				form.put(RecruitmentProcess.CONTRACT_SIGNED_ON, date(created.plus(after)));
			}
			case OnboardingProcess.TRAIN_SALES_PEOPLE -> {
				int trained = 1 + random.nextInt(6);
				form.put(OnboardingProcess.VAR_SALES_PEOPLE_TRAINED, trained);
				form.put(OnboardingProcess.VAR_SALES_PEOPLE_CERTIFIED, random.nextInt(trained + 1));
				after = days(random, 10, 50);
			}
			case OnboardingProcess.TRAIN_TECHNICIANS -> {
				int trained = 1 + random.nextInt(4);
				form.put(OnboardingProcess.VAR_TECHNICIANS_TRAINED, trained);
				form.put(OnboardingProcess.VAR_TECHNICIANS_CERTIFIED, random.nextInt(trained + 1));
				after = days(random, 15, 65);
			}
			case OnboardingProcess.SIGN_BUSINESS_PLAN -> {
				after = days(random, 5, 35);
				form.put(OnboardingProcess.VAR_BUSINESS_PLAN_SIGNED_ON, date(created.plus(after)));
				form.put(OnboardingProcess.VAR_YEARLY_OBJECTIVES, "Ten deals and 400 kEUR in the first year");
				form.put(OnboardingProcess.VAR_MEANS_TO_REACH_THEM, "Two certified sales people, a joint event");
			}
			case OnboardingProcess.RUN_LEAD_CAMPAIGN -> {
				form.put(OnboardingProcess.VAR_LEADS_PASSED, random.nextInt(25));
				form.put(OnboardingProcess.VAR_CAMPAIGN_SUMMARY, "Mailing and webinar for the partner's region");
				after = days(random, 20, 80);
			}
			case OnboardingProcess.SUPPORT_FIRST_VISITS -> {
				form.put(OnboardingProcess.VAR_CUSTOMER_VISITS_DONE, random.nextInt(8));
				form.put(OnboardingProcess.VAR_VISITS_SUMMARY, "Joint visits with the partner's sales people");
				after = days(random, 30, 95);
			}
			case OnboardingProcess.REVIEW_AUTONOMY -> {
				boolean commercial = random.nextDouble() < (partner.performs() ? 0.8 : 0.15);
				boolean technical = random.nextDouble() < (partner.performs() ? 0.85 : 0.4);
				form.put(OnboardingProcess.VAR_COMMERCIALLY_AUTONOMOUS, commercial ? "yes" : "no");
				form.put(OnboardingProcess.VAR_COMMERCIAL_AUTONOMY_COMMENT, commercial ? "Sells alone" : "Needs us on every deal");
				form.put(OnboardingProcess.VAR_TECHNICALLY_AUTONOMOUS, technical ? "yes" : "no");
				form.put(OnboardingProcess.VAR_TECHNICAL_AUTONOMY_COMMENT, technical ? "Installs alone" : "Needs our consultants");
				after = days(random, 1, 7);
			}
			case ExitReviewProcess.REVIEW_PARTNERSHIP -> after = review(form, random, partner.extendedAtFirstReview()
					? Map.entry(ExitReviewProcess.DECISION_EXTEND, "A deal is close")
					: Map.entry(ExitReviewProcess.DECISION_EXIT, "No pipeline after six months"));
			case ExitReviewProcess.DECIDE_FINAL_EXIT -> after = review(form, random, partner.keptByException()
					? Map.entry(ExitReviewProcess.DECISION_EXCEPTION, "Strategic account in its region")
					: Map.entry(ExitReviewProcess.DECISION_EXIT, "Still no deal"));
			case ExitReviewProcess.HOLD_EXIT_CONVERSATION -> {
				after = days(random, 3, 20);
				form.put(ExitReviewProcess.VAR_EXIT_CONVERSATION_ON, date(created.plus(after)));
				form.put(ExitReviewProcess.VAR_EXIT_CONVERSATION_SUMMARY, "We part on good terms");
			}
			default -> {
				return Optional.empty();
			}
		}
		return Optional.of(new Answer(after, form));
	}

	/** A manager's review decision and its reason, a few days after the review opened. */
	private static Duration review(Map<String, Object> form, SplittableRandom random, Map.Entry<String, String> decision) {
		form.put(ExitReviewProcess.VAR_REVIEW_DECISION, decision.getKey());
		form.put(ExitReviewProcess.VAR_DECISION_REASON, decision.getValue());
		return days(random, 2, 12);
	}

	/** Between {@code min} and {@code max} days later, at some hour of the day. */
	static Duration days(SplittableRandom random, int min, int max) {
		return Duration.ofDays(min + random.nextInt(max - min + 1)).plusMinutes(random.nextInt(8 * 60));
	}

	private static String date(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
	}

}
