package no.kostrabatch.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.input.Fodselsnummer;
import no.kostrabatch.jobs.PeriodJobRunner;
import no.kostrabatch.jobs.RunOutcome;
import no.kostrabatch.jobs.RunParameters;
import no.kostrabatch.statistics.Cell;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DuckDB's SQL against the job on the cases the generator never writes: a D-number, an old synthetic
 * number (born in the 1800s), an SSB placeholder number, a number with wrong check digits, DUF only,
 * journal only with a birth date, two rows in one month, a row paying nothing after the latest support
 * month and one paying nothing within it, a person who is paid nothing, an invalid code, and rows the job rejects.
 */
@SpringBootTest
class DuckDbComparisonTests {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	@Autowired
	PeriodJobRunner runner;

	@Test
	void agreesWithTheJobOnEveryEdgeCase() throws IOException {
		Path extract = writeExtract();
		Path out = dir.resolve("out");

		RunOutcome outcome = this.runner.run("annual", RunParameters.of("2025", List.of(extract), out,
				DisclosureMode.INTERNAL, Lang.NB, null, 3));
		DuckDbComparison.DuckDbRun duck = new DuckDbComparison(6).run(extract, 2025);
		CellCheck.Result check = CellCheck.compare(duck.cells(), new StatisticsCsvReader().read(out.resolve("statistics.csv")),
				"2025");

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		assertThat(outcome.count("summary.rejected")).isEqualTo(2);
		assertThat(duck.rows()).isEqualTo(17);
		assertThat(check.differences()).isEmpty();
		assertThat(check.agreed()).isEqualTo(1374);
		Map<String, BigDecimal> cells = duck.cells().stream()
			.filter((c) -> c.region().equals("0301"))
			.collect(Collectors.toMap((c) -> c.tableId() + "|" + c.cat1() + "|" + c.cat2() + "|" + c.measure(),
					Cell::value));
		assertThat(cells).containsEntry("key_figures|null|null|recipients", new BigDecimal("7.0"))
			.containsEntry("key_figures|null|null|support_months", new BigDecimal("10.0"))
			.containsEntry("key_figures|null|null|nok", new BigDecimal("25500.0"))
			.containsEntry("recipients_by_gender|unknown|null|recipients", new BigDecimal("1.0"))
			.containsEntry("recipients_by_age|67+|null|recipients", new BigDecimal("1.0"))
			.containsEntry("recipients_by_age|unknown|null|recipients", new BigDecimal("1.0"))
			.containsEntry("months_by_family_phase|PB|total|recipients", new BigDecimal("1.0"));
	}

	private static Path writeExtract() throws IOException {
		String valid = fnr("150390", 123);
		String dNumber = fnr("410185", 201);
		String oldSynthetic = fnr("019260", 600);
		String placeholder = "01011000100";
		String wrongCheckDigits = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
		List<String> rows = List.of(
				"KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;PERSON_JOURNALNR;FODSELSDATO;KJONN;EKTSTAT;BU18;"
						+ "ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;BIDRAG;LAAN",
				"0301;2025-03;01;" + valid + ";;J1;;1;1;2;0;5;12;04;1;NO;3000;0",
				"0301;2025-05;01;" + valid + ";;J1;;1;1;2;0;5;12;04;1;NO;2000;500",
				"0301;2025-05;02;" + valid + ";;J1;;1;4;1;2;3;12;04;1;no;1000;0",
				"0301;2025-06;03;" + valid + ";;J1;;1;2;2;0;9;12;04;1;NO;0;0",
				"0301;2025-02;02;" + dNumber + ";;;;2;1;2;;9;12;04;1;SE;2500;0",
				"0301;2025-04;;" + oldSynthetic + ";;;;1;5;2;;3;07;04;1;NO;1500;0",
				"0301;2025-07;04;" + placeholder + ";;J7;;2;1;1;1;5;12;04;1;SO;2000;0",
				"0301;2025-08;04;" + wrongCheckDigits + ";;;;2;1;2;;5;12;04;1;NO;1000;0",
				"0301;2025-01;05;;201017238203;;;7;1;2;;5;12;04;1;SY;1000;0",
				"0301;2025-01;05;;201017238203;;;7;1;2;;5;12;04;1;SY;500;0",
				"0301;2025-09;;;;J9;1990-06-15;1;2;1;2;1;12;01;1;NO;4000;0",
				"0301;2025-10;;;;J9;1990-06-15;1;2;1;2;1;12;01;1;NO;2500;0",
				"0301;2025-11;;;;J9;1990-06-15;1;2;1;2;1;12;01;1;NO;4000;0",
				"0301;2025-11;07;;;J9;1990-06-15;2;1;2;0;9;12;01;1;SE;0;0",
				"0301;2025-03;06;;;J10;;2;1;2;;5;12;04;1;NO;0;0",
				"0301;2025-03;06;;;J11;;2;1;2;;5;12;04;1;NO;abc;0",
				"03X1;2025-03;06;;;J12;;2;1;2;;5;12;04;1;NO;1000;0");
		Path file = dir.resolve("edge-2025.csv");
		Files.write(file, rows, StandardCharsets.UTF_8);
		return file;
	}

	/** A number with valid check digits: the first individual number from {@code from} that has them. */
	private static String fnr(String date, int from) {
		for (int individual = from; individual < from + 100; individual++) {
			var number = Fodselsnummer.withCheckDigits(date + String.format("%03d", individual));
			if (number.isPresent()) {
				return number.get();
			}
		}
		throw new IllegalStateException(date);
	}

}
