package no.kostrabatch.bench;

import java.math.BigDecimal;
import java.util.List;

import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Symbol;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellCheckTests {

	@Test
	void equalValuesAgreeWhateverTheirScale() {
		CellCheck.Result result = CellCheck.compare(List.of(gender("1", "recipients", "12.0")),
				List.of(gender("1", "recipients", "12")), "2025");

		assertThat(result.agrees()).isTrue();
		assertThat(result.agreed()).isEqualTo(1);
	}

	@Test
	void aDifferentValueASymbolAndAMissingCellAreDifferences() {
		CellCheck.Result result = CellCheck.compare(
				List.of(gender("1", "recipients", "12"), gender("2", "recipients", "7"), gender("total", "percent", "100.0"),
						gender("total", "recipients", "19")),
				List.of(gender("1", "recipients", "13"), gender("2", "recipients", "7").withSymbol(Symbol.SUPPRESSED),
						gender("total", "recipients", "19")),
				"2025");

		assertThat(result.agreed()).isEqualTo(1);
		assertThat(result.differences()).containsExactly(
				"recipients_by_gender|0301|2025|gender|1|||recipients: DuckDB 12, the job 13",
				"recipients_by_gender|0301|2025|gender|2|||recipients: DuckDB 7, the job ':'",
				"recipients_by_gender|0301|2025|gender|total|||percent: DuckDB 100, the job has no such cell");
	}

	@Test
	void aJobCellDuckDbLacksMustBeZero() {
		List<Cell> duckdb = List.of(gender("1", "recipients", "12"));

		CellCheck.Result zero = CellCheck.compare(duckdb,
				List.of(gender("1", "recipients", "12"), gender("unknown", "recipients", "0")), "2025");
		CellCheck.Result nonZero = CellCheck.compare(duckdb,
				List.of(gender("1", "recipients", "12"), gender("unknown", "recipients", "3")), "2025");

		assertThat(zero.agrees()).isTrue();
		assertThat(zero.agreed()).isEqualTo(2);
		assertThat(nonZero.differences()).containsExactly(
				"recipients_by_gender|0301|2025|gender|unknown|||recipients: the job 3, DuckDB has no such cell");
	}

	@Test
	void onlyTheTablesAndMeasuresDuckDbComputesOfThePeriodAreCompared() {
		List<Cell> job = List.of(gender("1", "recipients", "12"), gender("1", "per_1000", "4.0"),
				Cell.of("recipients_by_gender", "0301", "2024", "gender", "1", null, null, "recipients", BigDecimal.TEN),
				Cell.of("recipients_by_gender", "group:run", "2025", "gender", "1", null, null, "recipients",
						BigDecimal.TEN));

		CellCheck.Result result = CellCheck.compare(List.of(gender("1", "recipients", "12")), job, "2025");

		assertThat(result.agrees()).isTrue();
		assertThat(result.agreed()).isEqualTo(1);
	}

	private static Cell gender(String code, String measure, String value) {
		return Cell.of("recipients_by_gender", "0301", "2025", "gender", code, null, null, measure, new BigDecimal(value));
	}

}
