package io.partnerflow.system;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files PartnerFlow hands out, for Excel: UTF-8 with a byte order mark, comma-separated
 * (RFC 4180), a header line. A cell a spreadsheet would take for a formula (starting with
 * {@code = + - @}, a tab or a carriage return) starts with a single quote, so a company named
 * {@code =HYPERLINK(...)} stays text.
 */
public final class SpreadsheetCsv {

	/** Excel reads a file as UTF-8 when it starts with this mark. */
	public static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private SpreadsheetCsv(CSVPrinter printer) {
		this.printer = printer;
	}

	/** Starts the file: the byte order mark and the header line. */
	public static SpreadsheetCsv start(Writer out, String... header) throws IOException {
		out.write(BYTE_ORDER_MARK);
		return new SpreadsheetCsv(new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get()));
	}

	/** One line, each cell neutralised. */
	public void write(Object... cells) throws IOException {
		Object[] neutralised = new Object[cells.length];
		for (int i = 0; i < cells.length; i++) {
			neutralised[i] = neutralised(cells[i]);
		}
		printer.printRecord(neutralised);
	}

	public void finish() throws IOException {
		printer.flush();
	}

	/** The cell as text, a single quote before a start a spreadsheet would read as a formula. */
	public static String neutralised(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
