package io.partnerflow.partner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.partnerflow.system.ConflictException;
import io.partnerflow.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The markets partners are recruited in: reference data managers keep. Every way a candidate is
 * listed (the start form, the candidate file, the API) names one of the markets offered, by its name
 * or its French name in any case, and the partner keeps its name ({@link #canonical}); the database's
 * foreign key refuses any other.
 */
@Service
public class Markets {

	/** The candidate's field that names its market. */
	public static final String FIELD = "market";

	private final MarketRepository markets;

	private final Clock clock;

	Markets(MarketRepository markets, Clock clock) {
		this.markets = markets;
		this.clock = clock;
	}

	/** Every market, retired ones included (partners keep theirs), by name. */
	@Transactional(readOnly = true)
	public List<Market> all() {
		return markets.findAllByOrderByNameAsc();
	}

	/** The markets a new candidate may name, by name. */
	@Transactional(readOnly = true)
	public List<Market> offered() {
		return all().stream().filter(market -> !market.isRetired()).toList();
	}

	/** The market's name for what was typed (its name or French name, any case, spaces around ignored). */
	@Transactional(readOnly = true)
	public String canonical(String typed) {
		List<Market> offered = offered();
		String name = typed == null ? "" : typed.strip();
		return offered.stream()
			.filter(market -> market.isNamed(name))
			.findFirst()
			.map(Market::getName)
			.orElseThrow(() -> new UnknownMarketException(name, offered));
	}

	/** A manager adds a market; a name already used (as a name or a French name, any case) is refused. */
	@Transactional
	public Market add(String name, String nameFr, String manager) {
		String french = nameFr == null || nameFr.isBlank() ? null : nameFr.strip();
		for (Market existing : all()) {
			if (existing.isNamed(name.strip()) || (french != null && existing.isNamed(french))) {
				throw new ConflictException("Market already listed",
						"The market " + existing.getName() + " already has this name");
			}
		}
		return markets.save(new Market(name.strip(), french, manager, clock.instant()));
	}

	/** A manager retires a market: partners keep it, new candidates can no longer name it. */
	@Transactional
	public Market retire(String name) {
		Market market = find(name)
			.orElseThrow(() -> new NotFoundException("Market not found", "No market is named " + name));
		market.retire();
		return market;
	}

	@Transactional(readOnly = true)
	public Optional<Market> find(String name) {
		return markets.findById(name);
	}

}
