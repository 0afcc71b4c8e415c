package io.partnerflow.recruitment;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.system.CsvCells;
import io.partnerflow.system.CsvUpload;

/**
 * Reads a whole candidate file before anything is started ({@link CsvUpload}: size, charset, CSV
 * structure, columns, row count), each row's cells as a candidate's fields ({@link CandidateFields}).
 * A row whose cells cannot be read is kept with its reason.
 */
final class CandidateCsvFile {

	/** A row of the file: its candidate, or the reason it cannot be read; line is where the row starts. */
	record Row(long line, CandidateData candidate, String unreadable) {
	}

	private CandidateCsvFile() {
	}

	static List<Row> read(InputStream body, Charset charset, long maxBytes, int maxRows) {
		CsvUpload.Rows file = CsvUpload.read(body, charset, maxBytes, maxRows, CandidateFields.REQUIRED,
				CandidateFields.OPTIONAL);
		return file.rows().stream().map(row -> candidate(row, file.cells())).toList();
	}

	private static Row candidate(CsvUpload.Row row, CsvCells cells) {
		if (row.unreadable() != null) {
			return new Row(row.line(), null, row.unreadable());
		}
		try {
			return new Row(row.line(), CandidateFields.read(row.cells()::get, cells), null);
		}
		catch (CsvCells.InvalidCell invalid) {
			return new Row(row.line(), null, invalid.getMessage());
		}
	}

}
