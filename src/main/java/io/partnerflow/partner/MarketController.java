package io.partnerflow.partner;

import java.security.Principal;
import java.util.List;

import io.partnerflow.system.Groups;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The markets as reference data: every member of staff reads them (a recruiter preparing a candidate
 * file needs their names); managers add and retire them.
 */
@RestController
@RequestMapping("/api/markets")
class MarketController {

	private final Markets markets;

	MarketController(Markets markets) {
		this.markets = markets;
	}

	@GetMapping
	@PreAuthorize(Groups.INTERNAL_STAFF_ONLY)
	List<MarketView> list() {
		return markets.all().stream().map(MarketView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(Groups.MANAGERS_ONLY)
	MarketView add(@Valid @RequestBody NewMarket market, Principal manager) {
		return MarketView.of(markets.add(market.name(), market.nameFr(), manager.getName()));
	}

	@DeleteMapping("/{name}")
	@PreAuthorize(Groups.MANAGERS_ONLY)
	MarketView retire(@PathVariable String name) {
		return MarketView.of(markets.retire(name));
	}

	record NewMarket(
			@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
			@Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String nameFr) {
	}

	record MarketView(String name, String nameFr, boolean retired) {

		static MarketView of(Market market) {
			return new MarketView(market.getName(), market.getNameFr(), market.isRetired());
		}

	}

}
