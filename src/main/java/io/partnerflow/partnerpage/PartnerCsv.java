package io.partnerflow.partnerpage;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import io.partnerflow.partner.Partner;
import io.partnerflow.system.SpreadsheetCsv;

/**
 * The CSV export of a search ({@link SpreadsheetCsv}: for Excel, formulas neutralised), one partner
 * a line, the columns named as the candidate import reads them.
 */
final class PartnerCsv {

	private static final List<Column> COLUMNS = List.of(new Column("reference", Partner::getReference),
			new Column("company", Partner::getCompany), new Column("country", Partner::getCountry),
			new Column("market", Partner::getMarket), new Column("category", Partner::getCategory),
			new Column("contactName", Partner::getContactName), new Column("contactEmail", Partner::getContactEmail),
			new Column("website", Partner::getWebsite), new Column("annualRevenue", Partner::getAnnualRevenue),
			new Column("salesStaff", Partner::getSalesStaff), new Column("technicalStaff", Partner::getTechnicalStaff),
			new Column("competingSuppliers", Partner::getCompetingSuppliers), new Column("source", Partner::getSource),
			new Column("recruiter", Partner::getRecruiter), new Column("status", Partner::getStatus),
			new Column("tier", Partner::getTier), new Column("selectionScore", Partner::getSelectionScore),
			new Column("listedAt", Partner::getListedAt), new Column("appliedAt", Partner::getAppliedAt),
			new Column("approvedAt", Partner::getApprovedAt), new Column("contractSignedAt", Partner::getContractSignedAt),
			new Column("firstDealAt", Partner::getFirstDealAt), new Column("exitedAt", Partner::getExitedAt));

	private final SpreadsheetCsv csv;

	private PartnerCsv(SpreadsheetCsv csv) {
		this.csv = csv;
	}

	/** Starts the file: the byte order mark and the header line. */
	static PartnerCsv start(Writer out) throws IOException {
		return new PartnerCsv(SpreadsheetCsv.start(out, COLUMNS.stream().map(Column::name).toArray(String[]::new)));
	}

	void write(Partner partner) throws IOException {
		csv.write(COLUMNS.stream().map(column -> column.value().apply(partner)).toArray());
	}

	void finish() throws IOException {
		csv.finish();
	}

	private record Column(String name, Function<Partner, Object> value) {
	}

}
