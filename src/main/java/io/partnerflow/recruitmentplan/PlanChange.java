package io.partnerflow.recruitmentplan;

import java.util.List;
import java.util.Map;

import io.partnerflow.partner.PartnerCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A draft plan as a manager sends it (the API's body, the plan page's form): the priority markets,
 * the targets per market and category, what is expected of each category. It replaces the draft's.
 */
public record PlanChange(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> priorityMarkets,
		@NotNull @Size(max = 500) List<@NotNull @Valid Target> targets,
		@NotNull Map<@NotNull PartnerCategory, @NotNull @Size(max = 2000) @Pattern(regexp = "[^\\p{Cntrl}&&[^\\r\\n\\t]]*", message = "must not contain control characters") String> expectations) {

	/** One market and category: the revenue to make, one partner's revenue, and a number set instead (with its reason). */
	public record Target(@NotBlank @Size(max = 100) String market, @NotNull PartnerCategory category,
			@NotNull @Positive @Max(1_000_000_000_000L) Long targetRevenue,
			@NotNull @Positive @Max(1_000_000_000_000L) Long revenuePerPartner,
			@PositiveOrZero @Max(100_000) Integer partnersOverride,
			@Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String overrideReason) {
	}

}
