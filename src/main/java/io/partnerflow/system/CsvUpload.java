package io.partnerflow.system;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * A CSV file people send to be imported (candidates, leads), read whole before anything is imported:
 * a file that is too large, not text in its charset, not CSV (an unclosed quote), without the columns
 * or with too many rows is refused as a whole (413, 400 on {@code file}, "nothing was imported"). What
 * Excel writes is read: a UTF-8 byte order mark, {@code ;} or {@code ,} as the separator (the one the
 * header line uses most), header names in any case and order, extra columns ignored, rows of empty
 * cells skipped, cells as {@link CsvCells} reads them. A row with a cell too many or too few is kept
 * with its reason, for the import to report with its line.
 */
public final class CsvUpload {

	/** The header line is looked for in the first characters only. */
	private static final int HEADER_LOOKAHEAD = 64 * 1024;

	/**
	 * A row of the file: its line (where the row starts), its cells by column name (the file's header,
	 * as the import names the columns), or the reason it cannot be read.
	 */
	public record Row(long line, Map<String, String> cells, String unreadable) {
	}

	/** The rows of a file, and how its cells are read (its decimal mark follows its separator). */
	public record Rows(List<Row> rows, CsvCells cells) {
	}

	private CsvUpload() {
	}

	/**
	 * Reads the whole file: at most {@code maxBytes} bytes and {@code maxRows} rows, with each of the
	 * {@code columns} in its header line.
	 */
	public static Rows read(InputStream body, Charset charset, long maxBytes, int maxRows, List<String> columns) {
		return read(body, charset, maxBytes, maxRows, columns, List.of());
	}

	/**
	 * Reads the whole file as {@link #read(InputStream, Charset, long, int, List)} does; the
	 * {@code optional} columns may be left out of the file, their cells are then null.
	 */
	public static Rows read(InputStream body, Charset charset, long maxBytes, int maxRows, List<String> columns,
			List<String> optional) {
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
				checkColumns(parser, delimiter, columns, optional);
				return new Rows(rows(parser, maxRows, columns, optional), new CsvCells(delimiter));
			}
		}
		catch (CharacterCodingException notText) {
			throw notText(charset);
		}
		catch (UncheckedIOException broken) {
			if (broken.getCause() instanceof CharacterCodingException) {
				throw notText(charset);
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

	private static void checkColumns(CSVParser parser, char delimiter, List<String> columns, List<String> optional) {
		List<String> missing = columns.stream()
			.filter(c -> parser.getHeaderMap().keySet().stream().noneMatch(c::equalsIgnoreCase))
			.toList();
		if (!missing.isEmpty()) {
			throw unreadable("missing column(s) " + String.join(", ", missing) + "; the header line must name "
					+ String.join(String.valueOf(delimiter), columns)
					+ (optional.isEmpty() ? "" : " and may name " + String.join(String.valueOf(delimiter), optional)));
		}
	}

	private static List<Row> rows(CSVParser parser, int maxRows, List<String> columns, List<String> optional) {
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
			int width = parser.getHeaderNames().size();
			if (record.size() > width && !record.stream().skip(width).allMatch(String::isBlank) || record.size() < width) {
				rows.add(new Row(line, null, "expected " + width + " fields, found " + record.size()));
				continue;
			}
			Map<String, String> cells = new LinkedHashMap<>();
			columns.forEach(column -> cells.put(column, record.get(column)));
			optional.forEach(column -> cells.put(column, record.isMapped(column) ? record.get(column) : null));
			rows.add(new Row(line, cells, null));
		}
	}

	private static BadRequestException notText(Charset charset) {
		return unreadable("the file is not " + charset.name() + " text; in Excel choose \"CSV UTF-8\", "
				+ "or name the file's charset in its Content-Type (e.g. text/csv; charset=windows-1252)");
	}

	private static BadRequestException unreadable(String message) {
		return new BadRequestException("file", message + "; nothing was imported");
	}

	private static PayloadTooLargeException tooLarge(long maxBytes) {
		return new PayloadTooLargeException("The file is larger than %,d bytes: split it; nothing was imported".formatted(maxBytes));
	}

}
