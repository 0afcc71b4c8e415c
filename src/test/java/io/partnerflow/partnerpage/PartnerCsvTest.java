package io.partnerflow.partnerpage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell a spreadsheet would run as a formula is written as text; every other cell as it is. */
class PartnerCsvTest {

	@Test
	void cellsStartingLikeAFormulaStartWithAQuote() {
		for (String formula : new String[] { "=1+1", "+33 1 23 45 67 89", "-2+3", "@SUM(A1)", "\tTab", "\rReturn" }) {
			assertThat(PartnerCsv.neutralised(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void otherCellsAreUnchanged() {
		assertThat(PartnerCsv.neutralised("Azur Conseil = best")).isEqualTo("Azur Conseil = best");
		assertThat(PartnerCsv.neutralised(2_500_000L)).isEqualTo("2500000");
		assertThat(PartnerCsv.neutralised("")).isEmpty();
		assertThat(PartnerCsv.neutralised(null)).isEmpty();
	}

}
