package io.partnerflow.partnerpage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.partnerflow.insight.PlanProgressService;
import io.partnerflow.partner.Market;
import io.partnerflow.partner.Markets;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.recruitmentplan.PlanChange;
import io.partnerflow.recruitmentplan.PlanStatus;
import io.partnerflow.recruitmentplan.PlanView;
import io.partnerflow.recruitmentplan.RecruitmentPlans;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.Groups;
import io.partnerflow.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recruitment plans' pages, with the webapps' login: the list ({@code /plans}) and one year's
 * plan ({@code /plans/{year}}) with its progress, for managers and the leadership; managers change
 * a draft with the page's form (CSRF token), whose values {@link RecruitmentPlans#change} checks as
 * it checks the API's.
 */
@Controller
@PreAuthorize(Groups.PLAN_READERS)
class PlanPageController {

	/** Empty rows the form offers to add targets. */
	static final int NEW_ROWS = 3;

	private final RecruitmentPlans plans;

	private final PlanProgressService progress;

	private final Markets markets;

	private final People people;

	PlanPageController(RecruitmentPlans plans, PlanProgressService progress, Markets markets, People people) {
		this.plans = plans;
		this.progress = progress;
		this.markets = markets;
		this.people = people;
	}

	@GetMapping("/plans")
	String plans(Authentication user, Model model) {
		model.addAttribute("user", people.of(List.of(user.getName())).of(user.getName()));
		model.addAttribute("plans", plans.all().stream().map(PlanView::of).toList());
		return "pages/plans";
	}

	@GetMapping("/plans/{year}")
	String plan(@PathVariable int year, Authentication user, Model model, @RequestParam(required = false) String saved) {
		return page(year, user, model, null, saved != null);
	}

	@PostMapping("/plans/{year}")
	@PreAuthorize(Groups.MANAGERS_ONLY)
	String change(@PathVariable int year, @RequestParam MultiValueMap<String, String> form, Authentication user,
			Model model, HttpServletResponse response) {
		try {
			plans.change(year, read(form), user.getName());
		}
		catch (BadRequestException refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(year, user, model, refused.sentence(), false);
		}
		return "redirect:/plans/" + year + "?saved";
	}

	private String page(int year, Authentication user, Model model, String error, boolean saved) {
		PlanView plan = PlanView.of(plans.get(year));
		boolean manager = user.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals(Groups.MANAGERS) || a.getAuthority().equals(Groups.ADMIN));
		model.addAttribute("user", people.of(List.of(user.getName())).of(user.getName()));
		model.addAttribute("plan", plan);
		model.addAttribute("progress", progress.of(year));
		model.addAttribute("editable", manager && plan.status() == PlanStatus.DRAFT);
		model.addAttribute("markets", markets.offered().stream().map(Market::getName).toList());
		model.addAttribute("categories", PartnerCategory.values());
		model.addAttribute("newRows", NEW_ROWS);
		model.addAttribute("people", people.of(List.of(plan.drawnUpBy(), plan.decidedBy() == null ? "" : plan.decidedBy())));
		model.addAttribute("error", error);
		model.addAttribute("saved", saved);
		return "pages/plan";
	}

	@ExceptionHandler(NotFoundException.class)
	String noPlan(NotFoundException e, Model model, HttpServletResponse response) {
		return error(model, response, HttpServletResponse.SC_NOT_FOUND, "No such plan",
				e.getMessage() + ". A manager opens a year's plan in Tasklist (\"Annual recruitment plan\").");
	}

	@ExceptionHandler(AccessDeniedException.class)
	String refused(Model model, HttpServletResponse response) {
		return error(model, response, HttpServletResponse.SC_FORBIDDEN, "Managers change the plan",
				"The leadership reads the plan and approves it in Tasklist; managers change a draft.");
	}

	private static String error(Model model, HttpServletResponse response, int status, String title, String message) {
		response.setStatus(status);
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		return "pages/error";
	}

	/**
	 * The page's form as a change: the checked priority markets, one target per row with a market
	 * (rows left empty are ignored), the expectations per category. Numbers may be written with
	 * spaces between thousands.
	 */
	static PlanChange read(MultiValueMap<String, String> form) {
		List<String> priority = form.getOrDefault("priorityMarket", List.of());
		List<String> rowMarkets = form.getOrDefault("market", List.of());
		List<PlanChange.Target> targets = new ArrayList<>();
		for (int i = 0; i < rowMarkets.size(); i++) {
			if (rowMarkets.get(i) == null || rowMarkets.get(i).isBlank()) {
				continue;
			}
			String field = "targets[" + targets.size() + "]";
			targets.add(new PlanChange.Target(rowMarkets.get(i), category(cell(form, "category", i), field),
					number(cell(form, "targetRevenue", i), field + ".targetRevenue"),
					number(cell(form, "revenuePerPartner", i), field + ".revenuePerPartner"),
					whole(number(cell(form, "partnersOverride", i), field + ".partnersOverride"), field + ".partnersOverride"),
					cell(form, "overrideReason", i)));
		}
		Map<PartnerCategory, String> expectations = new EnumMap<>(PartnerCategory.class);
		for (PartnerCategory category : PartnerCategory.values()) {
			String text = form.getFirst("expectation." + category.name());
			if (text != null) {
				expectations.put(category, text);
			}
		}
		return new PlanChange(priority, targets, expectations);
	}

	private static String cell(MultiValueMap<String, String> form, String name, int row) {
		List<String> cells = form.getOrDefault(name, List.of());
		return row < cells.size() ? cells.get(row) : null;
	}

	private static PartnerCategory category(String typed, String field) {
		try {
			return PartnerCategory.valueOf(typed);
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			throw new BadRequestException(field + ".category", "must be one of the categories");
		}
	}

	private static Long number(String typed, String field) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.replaceAll("[\\s\\u00a0\\u202f]", "");
		if (!digits.matches("\\d{1,13}")) {
			throw new BadRequestException(field, "must be a whole number of at most 13 digits");
		}
		return Long.parseLong(digits);
	}

	private static Integer whole(Long number, String field) {
		if (number != null && number > 100_000) {
			throw new BadRequestException(field, "must be at most 100000");
		}
		return number == null ? null : number.intValue();
	}

}
