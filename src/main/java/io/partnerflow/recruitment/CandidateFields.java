package io.partnerflow.recruitment;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.PartnerCategory;
import io.partnerflow.partner.PartnerSource;
import io.partnerflow.system.CsvCells;

/**
 * The one way named fields become a candidate, whether they are the cells of a row of a candidate
 * file or the fields of the start form: each read as {@link CsvCells} reads a cell (texts with their
 * white space folded, a category or a source in any case, amounts and whole counts). A field that
 * cannot be read throws {@link CsvCells.InvalidCell} with the reason; the rules of a candidate are then
 * {@link CandidateData}'s.
 */
final class CandidateFields {

	/** The fields of a candidate, by name: the start form's keys and a candidate file's columns. */
	static final List<String> NAMES = List.of("company", "country", "market", "category", "contactName", "contactEmail",
			"website", "annualRevenue", "salesStaff", "technicalStaff", "competingSuppliers", "source");

	/** The fields a candidate may leave out, and a candidate file may have no column for. */
	static final List<String> OPTIONAL = List.of("source");

	/** The columns a candidate file must have. */
	static final List<String> REQUIRED = NAMES.stream().filter(name -> !OPTIONAL.contains(name)).toList();

	private CandidateFields() {
	}

	/** The candidate of the fields {@code field} gives by name (as texts, null when absent). */
	static CandidateData read(Function<String, String> field, CsvCells cells) {
		return new CandidateData(CsvCells.text(field.apply("company")), CsvCells.text(field.apply("country")),
				CsvCells.text(field.apply("market")), CsvCells.choice("category", PartnerCategory.class, field.apply("category")),
				CsvCells.text(field.apply("contactName")), CsvCells.text(field.apply("contactEmail")),
				Websites.normalise(CsvCells.text(field.apply("website"))), cells.euros("annualRevenue", field.apply("annualRevenue")),
				cells.count("salesStaff", field.apply("salesStaff")), cells.count("technicalStaff", field.apply("technicalStaff")),
				cells.count("competingSuppliers", field.apply("competingSuppliers")),
				CsvCells.choice("source", PartnerSource.class, field.apply("source")));
	}

	/** A form value as the text a cell would hold: a number in plain digits with a decimal point. */
	static String text(Object value) {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).toPlainString();
		}
		return value == null ? null : value.toString();
	}

}
