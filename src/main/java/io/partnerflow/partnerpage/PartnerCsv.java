package io.partnerflow.partnerpage;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import io.partnerflow.partner.Partner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV export of a search, for Excel: UTF-8 with a byte order mark, comma-separated (RFC 4180),
 * one partner a line, the columns named as the candidate import reads them. A cell a spreadsheet
 * would take for a formula (starting with {@code = + - @}, a tab or a carriage return) starts with
 * a single quote, so a company named {@code =HYPERLINK(...)} stays text.
 */
final class PartnerCsv {

	/** Excel reads a file as UTF-8 when it starts with this mark. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final List<Column> COLUMNS = List.of(new Column("reference", Partner::getReference),
			new Column("company", Partner::getCompany), new Column("country", Partner::getCountry),
			new Column("market", Partner::getMarket), new Column("category", Partner::getCategory),
			new Column("contactName", Partner::getContactName), new Column("contactEmail", Partner::getContactEmail),
			new Column("website", Partner::getWebsite), new Column("annualRevenue", Partner::getAnnualRevenue),
			new Column("salesStaff", Partner::getSalesStaff), new Column("technicalStaff", Partner::getTechnicalStaff),
			new Column("competingSuppliers", Partner::getCompetingSuppliers),
			new Column("recruiter", Partner::getRecruiter), new Column("status", Partner::getStatus),
			new Column("tier", Partner::getTier), new Column("selectionScore", Partner::getSelectionScore),
			new Column("listedAt", Partner::getListedAt), new Column("appliedAt", Partner::getAppliedAt),
			new Column("approvedAt", Partner::getApprovedAt), new Column("contractSignedAt", Partner::getContractSignedAt),
			new Column("firstDealAt", Partner::getFirstDealAt), new Column("exitedAt", Partner::getExitedAt));

	private final CSVPrinter printer;

	private PartnerCsv(CSVPrinter printer) {
		this.printer = printer;
	}

	/** Starts the file: the byte order mark and the header line. */
	static PartnerCsv start(Writer out) throws IOException {
		out.write(BYTE_ORDER_MARK);
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
			.setHeader(COLUMNS.stream().map(Column::name).toArray(String[]::new))
			.get());
		return new PartnerCsv(printer);
	}

	void write(Partner partner) throws IOException {
		printer.printRecord(COLUMNS.stream().map(column -> neutralised(column.value().apply(partner))).toArray());
	}

	void finish() throws IOException {
		printer.flush();
	}

	/** The cell as text, a single quote before a start a spreadsheet would read as a formula. */
	static String neutralised(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private record Column(String name, Function<Partner, Object> value) {
	}

}
