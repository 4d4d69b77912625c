package no.kostrabatch.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeTests {

	@Test
	void neutralisesTextThatStartsLikeAFormula() {
		assertThat(SpreadsheetSafe.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(SpreadsheetSafe.text("+1+2")).isEqualTo("'+1+2");
		assertThat(SpreadsheetSafe.text("-A1")).isEqualTo("'-A1");
		assertThat(SpreadsheetSafe.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetSafe.text("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetSafe.text("\rx")).isEqualTo("'\rx");
	}

	@Test
	void leavesNumbersAndOrdinaryTextAlone() {
		assertThat(SpreadsheetSafe.text("-449")).isEqualTo("-449");
		assertThat(SpreadsheetSafe.text("12.5")).isEqualTo("12.5");
		assertThat(SpreadsheetSafe.text("Oslo")).isEqualTo("Oslo");
		assertThat(SpreadsheetSafe.text("0301")).isEqualTo("0301");
	}

}
