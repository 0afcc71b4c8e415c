package io.partnerflow.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell a spreadsheet would run as a formula is written as text; every other cell as it is. */
class SpreadsheetCsvTest {

	@Test
	void cellsStartingLikeAFormulaStartWithAQuote() {
		for (String formula : new String[] { "=1+1", "+33 1 23 45 67 89", "-2+3", "@SUM(A1)", "\tTab", "\rReturn" }) {
			assertThat(SpreadsheetCsv.neutralised(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void otherCellsAreUnchanged() {
		assertThat(SpreadsheetCsv.neutralised("Azur Conseil = best")).isEqualTo("Azur Conseil = best");
		assertThat(SpreadsheetCsv.neutralised(2_500_000L)).isEqualTo("2500000");
		assertThat(SpreadsheetCsv.neutralised("")).isEmpty();
		assertThat(SpreadsheetCsv.neutralised(null)).isEmpty();
	}

}
