package io.partnerflow.onboarding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the 100-day plan of one partner has and achieved: its contract type and the steps its decision
 * gave, training, business plan, leads, visits, the integration milestone, the CEO meeting, autonomy.
 */
@Entity
@Table(name = "onboarding_plan")
class OnboardingPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partner_id", nullable = false, updatable = false)
	private Long partnerId;

	private Instant contractSignedAt;

	private Instant openedAt;

	/** The contract's type, as legal chose it; null when the plan was started without it. */
	String contractType;

	/**
	 * The plan decision's steps: whether the plan has technical training, an integration milestone, a
	 * CEO meeting. Null: never decided (a plan started before the decision), see {@link PlanStep#STANDARD}.
	 */
	Boolean technicalTraining;

	Boolean integrationMilestone;

	Boolean ceoMeeting;

	Integer salesPeopleTrained;

	Integer salesPeopleCertified;

	Instant salesTrainingDoneAt;

	Integer techniciansTrained;

	Integer techniciansCertified;

	Instant technicalTrainingDoneAt;

	LocalDate businessPlanSignedOn;

	String yearlyObjectives;

	String meansToReachThem;

	Integer leadsPassed;

	String campaignSummary;

	Instant leadCampaignDoneAt;

	Integer customerVisitsDone;

	String visitsSummary;

	Instant visitsDoneAt;

	LocalDate integrationMilestoneReachedOn;

	String integrationSummary;

	Instant integrationMilestoneDoneAt;

	LocalDate ceoMeetingHeldOn;

	String ceoMeetingSummary;

	Instant ceoMeetingDoneAt;

	Instant autonomyReviewedAt;

	Boolean commerciallyAutonomous;

	String commercialAutonomyComment;

	Instant commerciallyAutonomousAt;

	Boolean technicallyAutonomous;

	String technicalAutonomyComment;

	Instant technicallyAutonomousAt;

	/** When the recurring autonomy reviews were started; null when none were needed (or not yet). */
	Instant autonomyReviewsFrom;

	@Version
	private long version;

	protected OnboardingPlan() {
	}

	OnboardingPlan(Long partnerId, Instant contractSignedAt, Instant openedAt) {
		this.partnerId = partnerId;
		this.contractSignedAt = contractSignedAt;
		this.openedAt = openedAt;
	}

	Long getPartnerId() {
		return partnerId;
	}

	Instant getContractSignedAt() {
		return contractSignedAt;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	/** The steps this plan has: its decision's, or the standard plan's when none was decided. */
	java.util.Set<PlanStep> steps() {
		java.util.Set<PlanStep> steps = java.util.EnumSet.copyOf(PlanStep.STANDARD);
		if (Boolean.FALSE.equals(technicalTraining)) {
			steps.remove(PlanStep.TRAIN_TECHNICIANS);
		}
		if (Boolean.TRUE.equals(integrationMilestone)) {
			steps.add(PlanStep.REACH_INTEGRATION_MILESTONE);
		}
		if (Boolean.TRUE.equals(ceoMeeting)) {
			steps.add(PlanStep.MEET_PARTNER_CEO);
		}
		return steps;
	}

}
