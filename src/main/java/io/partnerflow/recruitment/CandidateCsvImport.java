package io.partnerflow.recruitment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.system.BadRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports candidates from CSV (RFC 4180: a header line, commas, double-quoted fields may hold
 * commas, quotes and line breaks). Each valid row starts a recruitment in its own transaction; each
 * invalid or duplicate row is reported with its line number and reason, and never loses the others.
 */
@Component
class CandidateCsvImport {

	static final List<String> COLUMNS = List.of("company", "country", "market", "category", "contactName", "contactEmail",
			"website", "annualRevenue", "salesStaff", "technicalStaff", "competingSuppliers");

	static final int MAX_ROWS = 10_000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	record Started(long line, String reference) {
	}

	record Rejected(long line, String reason) {
	}

	record Result(int started, int rejected, List<Started> partners, List<Rejected> errors) {
	}

	private final Recruitments recruitments;

	private final Validator validator;

	private final TransactionTemplate transactions;

	CandidateCsvImport(Recruitments recruitments, Validator validator, TransactionTemplate transactions) {
		this.recruitments = recruitments;
		this.validator = validator;
		this.transactions = transactions;
	}

	Result run(Reader csv, String recruiter) {
		List<Started> started = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		try (CSVParser parser = FORMAT.parse(csv)) {
			List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
			if (!missing.isEmpty()) {
				throw new BadRequestException("file", "missing column(s) " + String.join(", ", missing)
						+ "; the header line must name " + String.join(",", COLUMNS));
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				long line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				if (started.size() + rejected.size() >= MAX_ROWS) {
					throw new BadRequestException("file", "more than " + MAX_ROWS + " rows: split the file");
				}
				try {
					CandidateData data = candidate(record);
					Set<ConstraintViolation<CandidateData>> violations = validator.validate(data);
					if (!violations.isEmpty()) {
						rejected.add(new Rejected(line, violations.stream()
							.map(v -> v.getPropertyPath() + " " + v.getMessage())
							.sorted()
							.collect(Collectors.joining("; "))));
						continue;
					}
					String reference = transactions.execute(tx -> recruitments.start(data, recruiter).getReference());
					started.add(new Started(line, reference));
				}
				catch (InvalidCell | DuplicatePartnerException refused) {
					rejected.add(new Rejected(line, refused.getMessage()));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
			throw new BadRequestException("file", "not a readable CSV file: " + broken.getMessage());
		}
		return new Result(started.size(), rejected.size(), started, rejected);
	}

	private static CandidateData candidate(CSVRecord record) {
		if (!record.isConsistent()) {
			throw new InvalidCell("expected " + record.getParser().getHeaderNames().size() + " fields, found " + record.size());
		}
		String category = blankToNull(record.get("category"));
		PartnerCategory parsed;
		try {
			parsed = category == null ? null : PartnerCategory.valueOf(category.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidCell("category " + category + " is not one of " + List.of(PartnerCategory.values()));
		}
		return new CandidateData(blankToNull(record.get("company")), blankToNull(record.get("country")),
				blankToNull(record.get("market")), parsed, blankToNull(record.get("contactName")),
				blankToNull(record.get("contactEmail")), blankToNull(record.get("website")), number(record, "annualRevenue"),
				integer(record, "salesStaff"), integer(record, "technicalStaff"), integer(record, "competingSuppliers"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static Long number(CSVRecord record, String column) {
		String value = blankToNull(record.get(column));
		try {
			return value == null ? null : Long.valueOf(value.replace("_", ""));
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidCell(column + " must be a whole number, not " + value);
		}
	}

	private static Integer integer(CSVRecord record, String column) {
		Long value = number(record, column);
		if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
			throw new InvalidCell(column + " is out of range");
		}
		return value == null ? null : value.intValue();
	}

	private static final class InvalidCell extends RuntimeException {

		InvalidCell(String message) {
			super(message);
		}

	}

}
