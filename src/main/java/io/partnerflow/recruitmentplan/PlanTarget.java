package io.partnerflow.recruitmentplan;

import io.partnerflow.partner.PartnerCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What the plan asks of one market and category: the revenue to make through new partners, the
 * revenue one partner of the category is expected to bring, so the partners to sign follow from the
 * figures, unless a manager set another number, with the reason.
 */
@Entity
@Table(name = "recruitment_plan_target")
public class PlanTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "plan_id")
	private RecruitmentPlan plan;

	@Column(nullable = false)
	private String market;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerCategory category;

	private long targetRevenue;

	private long revenuePerPartner;

	private Integer partnersOverride;

	private String overrideReason;

	/** A target as a manager sends it, its market already the reference data's name. */
	record Draft(String market, PartnerCategory category, long targetRevenue, long revenuePerPartner,
			Integer partnersOverride, String overrideReason) {
	}

	protected PlanTarget() {
	}

	PlanTarget(RecruitmentPlan plan, String market, PartnerCategory category, long targetRevenue, long revenuePerPartner,
			Integer partnersOverride, String overrideReason) {
		this.plan = plan;
		this.market = market;
		this.category = category;
		this.targetRevenue = targetRevenue;
		this.revenuePerPartner = revenuePerPartner;
		this.partnersOverride = partnersOverride;
		this.overrideReason = overrideReason;
	}

	boolean isFor(String otherMarket, PartnerCategory otherCategory) {
		return market.equals(otherMarket) && category == otherCategory;
	}

	void change(Draft draft) {
		targetRevenue = draft.targetRevenue();
		revenuePerPartner = draft.revenuePerPartner();
		partnersOverride = draft.partnersOverride();
		overrideReason = draft.overrideReason();
	}

	public String getMarket() {
		return market;
	}

	public PartnerCategory getCategory() {
		return category;
	}

	public long getTargetRevenue() {
		return targetRevenue;
	}

	public long getRevenuePerPartner() {
		return revenuePerPartner;
	}

	/** The number a manager set instead of the figures' own, or null. */
	public Integer getPartnersOverride() {
		return partnersOverride;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	/** The partners the figures ask for: the target revenue over one partner's, rounded up. */
	public int derivedPartners() {
		return (int) Math.min(Integer.MAX_VALUE, (targetRevenue + revenuePerPartner - 1) / revenuePerPartner);
	}

	/** The partners to sign: the manager's number where one was set, else the figures'. */
	public int partnersToSign() {
		return partnersOverride != null ? partnersOverride : derivedPartners();
	}

}
