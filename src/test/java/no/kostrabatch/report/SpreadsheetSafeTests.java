package no.kostrabatch.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "=HYPERLINK(\"x\")|'=HYPERLINK(\"x\")", "+1+2|'+1+2", "-A1|'-A1",
			"@SUM(A1)|'@SUM(A1)", "-449|-449", "12.5|12.5", "Oslo|Oslo", "0301|0301" })
	void neutralisesFormulasButNotNumbers(String in, String out) {
		assertThat(SpreadsheetSafe.text(in)).isEqualTo(out);
	}

	@org.junit.jupiter.api.Test
	void neutralisesTabAndCarriageReturn() {
		assertThat(SpreadsheetSafe.text("\tx")).isEqualTo("'\tx");
		assertThat(SpreadsheetSafe.text("\rx")).isEqualTo("'\rx");
	}

}
