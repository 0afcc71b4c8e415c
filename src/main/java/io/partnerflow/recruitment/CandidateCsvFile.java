package io.partnerflow.recruitment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.PayloadTooLargeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads a whole candidate file before anything is started: a file that is too large, not text in
 * its charset, not CSV (an unclosed quote), without the columns or with too many rows is refused as
 * a whole. What Excel writes is read: a UTF-8 byte order mark, {@code ;} or {@code ,} as the
 * separator (the one the header line uses most), header names in any case, rows of empty cells,
 * numbers as {@link CsvCells} reads them. A row whose cells cannot be read is kept with its reason.
 */
final class CandidateCsvFile {

	/** The header line is looked for in the first characters only. */
	private static final int HEADER_LOOKAHEAD = 64 * 1024;

	/** A row of the file: its candidate, or the reason it cannot be read; line is where the row starts. */
	record Row(long line, CandidateData candidate, String unreadable) {
	}

	private CandidateCsvFile() {
	}

	static List<Row> read(InputStream body, Charset charset, long maxBytes, int maxRows) {
		InputStream bounded = BoundedInputStream.builder()
			.setInputStream(body)
			.setMaxCount(maxBytes + 1)
			.setOnMaxCount((max, count) -> {
				throw tooLarge(maxBytes);
			})
			.getUnchecked();
		try (BufferedReader text = new BufferedReader(new InputStreamReader(withoutBom(bounded), charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)))) {
			char delimiter = delimiter(text);
			CSVFormat format = CSVFormat.RFC4180.builder()
				.setDelimiter(delimiter)
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreHeaderCase(true)
				.setAllowMissingColumnNames(true)
				.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get();
			try (CSVParser parser = format.parse(text)) {
				checkColumns(parser, delimiter);
				return rows(parser, new CsvCells(delimiter), maxRows);
			}
		}
		catch (CharacterCodingException notText) {
			throw unreadable("the file is not " + charset.name() + " text; in Excel choose \"CSV UTF-8\", "
					+ "or name the file's charset in its Content-Type (e.g. text/csv; charset=windows-1252)");
		}
		catch (UncheckedIOException broken) {
			if (broken.getCause() instanceof CharacterCodingException) {
				throw unreadable("the file is not " + charset.name() + " text; in Excel choose \"CSV UTF-8\", "
						+ "or name the file's charset in its Content-Type (e.g. text/csv; charset=windows-1252)");
			}
			throw unreadable("not a readable CSV file: " + broken.getMessage());
		}
		catch (IOException | IllegalStateException | IllegalArgumentException broken) {
			throw unreadable("not a readable CSV file: " + broken.getMessage());
		}
	}

	private static InputStream withoutBom(InputStream in) throws IOException {
		return BOMInputStream.builder().setInputStream(in).setByteOrderMarks(ByteOrderMark.UTF_8).setInclude(false).get();
	}

	/** {@code ;} when the header line holds more semicolons than commas (Excel in French), else {@code ,}. */
	private static char delimiter(BufferedReader text) throws IOException {
		text.mark(HEADER_LOOKAHEAD);
		int semicolons = 0;
		int commas = 0;
		for (int i = 0, c = text.read(); i < HEADER_LOOKAHEAD && c != -1 && c != '\n' && c != '\r'; i++, c = text.read()) {
			semicolons += c == ';' ? 1 : 0;
			commas += c == ',' ? 1 : 0;
		}
		text.reset();
		return semicolons > commas ? ';' : ',';
	}

	private static void checkColumns(CSVParser parser, char delimiter) {
		List<String> missing = CandidateFields.REQUIRED.stream()
			.filter(c -> parser.getHeaderMap().keySet().stream().noneMatch(c::equalsIgnoreCase))
			.toList();
		if (!missing.isEmpty()) {
			throw unreadable("missing column(s) " + String.join(", ", missing) + "; the header line must name "
					+ String.join(String.valueOf(delimiter), CandidateFields.REQUIRED) + " and may name "
					+ String.join(String.valueOf(delimiter), CandidateFields.OPTIONAL));
		}
	}

	private static List<Row> rows(CSVParser parser, CsvCells cells, int maxRows) {
		List<Row> rows = new ArrayList<>();
		Iterator<CSVRecord> records = parser.iterator();
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			if (!records.hasNext()) {
				return rows;
			}
			CSVRecord record = records.next();
			if (record.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (rows.size() >= maxRows) {
				throw unreadable("more than %,d rows: split the file".formatted(maxRows));
			}
			try {
				rows.add(new Row(line, candidate(record, cells), null));
			}
			catch (CsvCells.InvalidCell invalid) {
				rows.add(new Row(line, null, invalid.getMessage()));
			}
		}
	}

	private static CandidateData candidate(CSVRecord record, CsvCells cells) {
		int columns = record.getParser().getHeaderNames().size();
		if (record.size() > columns && !record.stream().skip(columns).allMatch(String::isBlank) || record.size() < columns) {
			throw new CsvCells.InvalidCell("expected " + columns + " fields, found " + record.size());
		}
		return CandidateFields.read(name -> record.isMapped(name) ? record.get(name) : null, cells);
	}

	private static BadRequestException unreadable(String message) {
		return new BadRequestException("file", message + "; nothing was imported");
	}

	private static PayloadTooLargeException tooLarge(long maxBytes) {
		return new PayloadTooLargeException("The file is larger than %,d bytes: split it; nothing was imported".formatted(maxBytes));
	}

}
