package io.partnerflow.recruitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.system.CsvCells;

/**
 * The one way named fields become a candidate, whether they are the cells of a row of a candidate
 * file or the fields of the start form: each read as {@link CsvCells} reads a cell (texts with their
 * white space folded, a category in any case, amounts and whole counts). A field that cannot be read
 * throws {@link CsvCells.InvalidCell} with the reason; the rules of a candidate are then
 * {@link CandidateData}'s.
 */
final class CandidateFields {

	/** The fields of a candidate, by name: the start form's keys and a candidate file's columns. */
	static final List<String> NAMES = List.of("company", "country", "market", "category", "contactName", "contactEmail",
			"website", "annualRevenue", "salesStaff", "technicalStaff", "competingSuppliers");

	private CandidateFields() {
	}

	/** The candidate of the fields {@code field} gives by name (as texts, null when absent). */
	static CandidateData read(Function<String, String> field, CsvCells cells) {
		return new CandidateData(CsvCells.text(field.apply("company")), CsvCells.text(field.apply("country")),
				CsvCells.text(field.apply("market")), category(field.apply("category")),
				CsvCells.text(field.apply("contactName")), CsvCells.text(field.apply("contactEmail")),
				Websites.normalise(CsvCells.text(field.apply("website"))), cells.euros("annualRevenue", field.apply("annualRevenue")),
				cells.count("salesStaff", field.apply("salesStaff")), cells.count("technicalStaff", field.apply("technicalStaff")),
				cells.count("competingSuppliers", field.apply("competingSuppliers")));
	}

	/** A category by its name, in any case, with spaces or hyphens for underscores ("IT services"); blank is null. */
	static PartnerCategory category(String cell) {
		String text = CsvCells.text(cell);
		if (text == null) {
			return null;
		}
		return PartnerCategory.named(text)
			.orElseThrow(() -> new CsvCells.InvalidCell("category " + text + " is not one of " + List.of(PartnerCategory.values())));
	}

	/** A form value as the text a cell would hold: a number in plain digits with a decimal point. */
	static String text(Object value) {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).toPlainString();
		}
		return value == null ? null : value.toString();
	}

}
