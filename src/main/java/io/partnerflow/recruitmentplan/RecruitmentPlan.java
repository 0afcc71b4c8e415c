package io.partnerflow.recruitmentplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.partnerflow.partner.PartnerCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One year's recruitment plan. Written only by {@link RecruitmentPlans}. */
@Entity
@Table(name = "recruitment_plan")
public class RecruitmentPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private int planYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status;

	@Column(nullable = false, updatable = false)
	private String drawnUpBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private Instant submittedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionComment;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "recruitment_plan_market", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "market")
	private Set<String> priorityMarkets = new TreeSet<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("market, category")
	private List<PlanTarget> targets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "recruitment_plan_expectation", joinColumns = @JoinColumn(name = "plan_id"))
	@MapKeyColumn(name = "category")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "expectations")
	private Map<PartnerCategory, String> expectations = new EnumMap<>(PartnerCategory.class);

	protected RecruitmentPlan() {
	}

	RecruitmentPlan(int planYear, String drawnUpBy, Instant createdAt) {
		this.planYear = planYear;
		this.drawnUpBy = drawnUpBy;
		this.createdAt = createdAt;
		this.status = PlanStatus.DRAFT;
	}

	/** The business key of the plan's process: {@code RP-2027}. */
	public static String businessKey(int year) {
		return "RP-" + year;
	}

	public int getPlanYear() {
		return planYear;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public String getDrawnUpBy() {
		return drawnUpBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public Set<String> getPriorityMarkets() {
		return Collections.unmodifiableSet(new TreeSet<>(priorityMarkets));
	}

	public List<PlanTarget> getTargets() {
		return Collections.unmodifiableList(targets);
	}

	public Map<PartnerCategory, String> getExpectations() {
		Map<PartnerCategory, String> copy = new EnumMap<>(PartnerCategory.class);
		copy.putAll(expectations);
		return Collections.unmodifiableMap(copy);
	}

	/** The partners to sign in all: the sum of the targets'. */
	public int partnersToSign() {
		return targets.stream().mapToInt(PlanTarget::partnersToSign).sum();
	}

	void replace(Set<String> markets, List<PlanTarget.Draft> drafts, Map<PartnerCategory, String> expected) {
		priorityMarkets.clear();
		priorityMarkets.addAll(markets);
		// a market and category kept is changed in place: Hibernate inserts before it deletes orphans, so
		// removing and adding it again would break the table's unique key
		targets.removeIf(kept -> drafts.stream().noneMatch(d -> kept.isFor(d.market(), d.category())));
		for (PlanTarget.Draft d : drafts) {
			targets.stream()
				.filter(kept -> kept.isFor(d.market(), d.category()))
				.findFirst()
				.ifPresentOrElse(kept -> kept.change(d), () -> targets.add(new PlanTarget(this, d.market(), d.category(),
						d.targetRevenue(), d.revenuePerPartner(), d.partnersOverride(), d.overrideReason())));
		}
		expectations.clear();
		expectations.putAll(expected);
	}

	void submitted(Instant at) {
		status = PlanStatus.SUBMITTED;
		submittedAt = at;
	}

	void decided(boolean approved, String by, String comment, Instant at) {
		status = approved ? PlanStatus.APPROVED : PlanStatus.DRAFT;
		decidedBy = by;
		decisionComment = comment;
		decidedAt = at;
	}

}
