package io.partnerflow.leads;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.UnknownMarketException;
import io.partnerflow.system.CsvCells;
import io.partnerflow.system.CsvUpload;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports leads from a CSV file as candidates are imported: a broken file records nothing (the whole
 * file is read and checked first, {@link CsvUpload}); then each valid row records a lead and starts its
 * distribution in a transaction of its own, and each invalid row (a field missing or wrong, a market
 * not on the list) is reported with its line and reason, never losing the others.
 */
@Component
class LeadCsvImport {

	/** The columns of a lead file: the fields of {@link LeadRequest}. */
	static final List<String> COLUMNS = List.of("customerCompany", "customerCountry", "project", "market", "category",
			"estimatedValue", "source");

	static final int MAX_ROWS = 10_000;

	record Recorded(long line, String reference) {
	}

	record Rejected(long line, String reason) {
	}

	record Result(int recorded, int rejected, List<Recorded> leads, List<Rejected> errors) {
	}

	private final Leads leads;

	private final Validator validator;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	LeadCsvImport(Leads leads, Validator validator, PlatformTransactionManager transactions, LeadSettings settings) {
		this.leads = leads;
		this.validator = validator;
		this.transactions = new TransactionTemplate(transactions);
		this.maxBytes = settings.importMaxSize().toBytes();
	}

	/** The largest file accepted, in bytes. */
	long maxBytes() {
		return maxBytes;
	}

	Result run(InputStream csv, Charset charset, String actor) {
		CsvUpload.Rows file = CsvUpload.read(csv, charset, maxBytes, MAX_ROWS, COLUMNS);
		List<Recorded> recorded = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		for (CsvUpload.Row row : file.rows()) {
			String reason = row.unreadable();
			LeadRequest request = null;
			if (reason == null) {
				try {
					request = lead(row.cells(), file.cells());
					reason = violations(request);
				}
				catch (CsvCells.InvalidCell invalid) {
					reason = invalid.getMessage();
				}
			}
			if (reason != null) {
				rejected.add(new Rejected(row.line(), reason));
				continue;
			}
			LeadRequest valid = request;
			try {
				recorded.add(new Recorded(row.line(), transactions.execute(tx -> leads.record(valid, actor).getReference())));
			}
			catch (UnknownMarketException unknown) {
				rejected.add(new Rejected(row.line(), unknown.sentence()));
			}
		}
		return new Result(recorded.size(), rejected.size(), recorded, rejected);
	}

	private static LeadRequest lead(Map<String, String> cell, CsvCells cells) {
		String category = CsvCells.text(cell.get("category"));
		return new LeadRequest(CsvCells.text(cell.get("customerCompany")), CsvCells.text(cell.get("customerCountry")),
				CsvCells.text(cell.get("project")), CsvCells.text(cell.get("market")),
				category == null ? null : PartnerCategory.named(category)
					.orElseThrow(() -> new CsvCells.InvalidCell("category " + category + " is not one of "
							+ List.of(PartnerCategory.values()))),
				cells.amount("estimatedValue", cell.get("estimatedValue")), CsvCells.text(cell.get("source")));
	}

	private String violations(LeadRequest request) {
		Set<ConstraintViolation<LeadRequest>> violations = validator.validate(request);
		return violations.isEmpty() ? null
				: violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
	}

}
