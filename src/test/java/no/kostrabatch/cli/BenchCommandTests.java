package no.kostrabatch.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code kostra bench} on a small year: the job, then DuckDB on the same file, agreeing on every cell. */
class BenchCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream originalOut;

	private PrintStream originalErr;

	@BeforeEach
	void capture() {
		this.originalOut = System.out;
		this.originalErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(this.originalOut);
		System.setErr(this.originalErr);
	}

	@Test
	void duckDbAgreesWithTheJobOnEveryCellItComputes() {
		int code = Launcher.run("bench", "--recipients", "2000");

		String printed = this.out.toString(StandardCharsets.UTF_8);
		assertThat(code).as(printed + this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed).contains("Generated 2,000 recipients (csv, 1,329,874 bytes)",
				"Annual job on 12,932 lines (12,932 person-months)", "DuckDB v1.4.4 on the same file (12,932 rows):",
				"  load ", "  person-years ", "  tables ", "  total ",
				"DuckDB agrees on 5,747 cells (key_figures, months_by_family_phase, recipients_by_age, "
						+ "recipients_by_gender, recipients_by_income_source, recipients_by_months).");
	}

}
