package io.partnerflow.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one cell of a file people send (candidates, leads: {@link CsvUpload}) as Excel writes it in
 * French and English locales. The decimal mark is the file's: a comma in a file separated by semicolons, a point in a file separated by
 * commas. Spaces, non-breaking and narrow non-breaking spaces group thousands; so does the other
 * mark in groups of three (a lone other mark not followed by three digits is read as the decimal
 * mark). A {@code k} or {@code M} suffix multiplies by a thousand or a million; a euro sign or
 * {@code EUR} is ignored.
 */
public final class CsvCells {

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	private final char decimalMark;

	private final char groupMark;

	private final Pattern grouped;

	/** The cells of a file separated by {@code delimiter}, whose decimal mark follows from it. */
	public CsvCells(char delimiter) {
		this.decimalMark = delimiter == ';' ? ',' : '.';
		this.groupMark = delimiter == ';' ? '.' : ',';
		this.grouped = Pattern.compile("-?\\d{1,3}(" + Pattern.quote(String.valueOf(groupMark)) + "\\d{3})+("
				+ Pattern.quote(String.valueOf(decimalMark)) + "\\d+)?");
	}

	/**
	 * A text: every run of white space (line breaks of a quoted cell, tabs, non-breaking spaces)
	 * becomes one space; blank is null.
	 */
	public static String text(String cell) {
		if (cell == null) {
			return null;
		}
		String text = SPACES.matcher(cell).replaceAll(" ").strip();
		return text.isEmpty() ? null : text;
	}

	/**
	 * One of a list's values by its name, in any case, with spaces or hyphens for underscores ("IT
	 * services", "trade fair"); blank is null.
	 */
	public static <E extends Enum<E>> E choice(String column, Class<E> type, String cell) {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replaceAll("[ -]+", "_"));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidCell(column + " " + text + " is not one of " + List.of(type.getEnumConstants()));
		}
	}

	/** An amount in euros, rounded to the euro; blank is null. */
	public Long euros(String column, String cell) {
		BigDecimal value = number(column, cell);
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
		if (rounded.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
			throw new InvalidCell(column + " is out of range");
		}
		return rounded.longValueExact();
	}

	/** A count of people or suppliers: a whole number; blank is null. */
	public Integer count(String column, String cell) {
		BigDecimal value = number(column, cell);
		if (value == null) {
			return null;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			throw new InvalidCell(column + " must be a whole number, not " + text(cell));
		}
		if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			throw new InvalidCell(column + " is out of range");
		}
		return value.intValueExact();
	}

	/** An amount in euros with its cents (at most two decimals); blank is null. */
	public BigDecimal amount(String column, String cell) {
		BigDecimal value = number(column, cell);
		if (value == null) {
			return null;
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new InvalidCell(column + " has more than two decimals: " + text(cell));
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private BigDecimal number(String column, String cell) {
		String text = text(cell);
		if (text == null) {
			return null;
		}
		String body = SPACES.matcher(text).replaceAll("");
		body = body.replaceFirst("(?i)^(€|EUR)", "").replaceFirst("(?i)(€|EUR)$", "");
		BigDecimal multiplier = BigDecimal.ONE;
		if (body.endsWith("k") || body.endsWith("K")) {
			multiplier = BigDecimal.valueOf(1_000);
			body = body.substring(0, body.length() - 1);
		}
		else if (body.endsWith("M") || body.endsWith("m")) {
			multiplier = BigDecimal.valueOf(1_000_000);
			body = body.substring(0, body.length() - 1);
		}
		if (body.indexOf(groupMark) >= 0) {
			if (grouped.matcher(body).matches()) {
				body = body.replace(String.valueOf(groupMark), "");
			}
			else if (body.indexOf(decimalMark) < 0 && body.indexOf(groupMark) == body.lastIndexOf(groupMark)) {
				body = body.replace(groupMark, decimalMark);
			}
		}
		body = body.replace(decimalMark, '.');
		if (!DECIMAL.matcher(body).matches()) {
			throw new InvalidCell("%s must be a number such as 2000000, 2 000 000, %s or 1%s2M, not %s".formatted(column,
					decimalMark == ',' ? "2.000.000" : "2,000,000", decimalMark, text));
		}
		return new BigDecimal(body).multiply(multiplier);
	}

	/** A cell that cannot be read: the row is reported with this reason. */
	public static final class InvalidCell extends RuntimeException {

		private static final long serialVersionUID = 1L;

		public InvalidCell(String message) {
			super(message);
		}

	}

}
