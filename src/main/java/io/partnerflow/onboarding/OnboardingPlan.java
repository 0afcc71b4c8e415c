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

/** What the 100-day plan of one partner achieved: training, business plan, leads, visits, autonomy. */
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

	Instant autonomyReviewedAt;

	Boolean commerciallyAutonomous;

	String commercialAutonomyComment;

	Instant commerciallyAutonomousAt;

	Boolean technicallyAutonomous;

	String technicalAutonomyComment;

	Instant technicallyAutonomousAt;

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

}
