package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.StatisticsCsvReader;
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
 * A job file with {@code mapping:} and {@code replace-months:} on an extract whose column names and
 * codes are the case system's own: the figures are those of the same extract in our names and codes,
 * the stray row replaces the month it was allowed to, and no fødselsnummer reaches the store or the
 * outputs.
 */
@SpringBootTest
class MappedJobFileJobFunctionalTests {

	@TempDir
	static Path dir;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	@Autowired
	PeriodJobRunner runner;

	@Autowired
	JobFileRunner jobs;

	@Test
	void aJobFileWithItsOwnColumnNamesAndCodesCountsAsOurs() throws IOException {
		List<String> may = new ArrayList<>(List.of(ImportFaultsJobFunctionalTests.HEADER));
		for (int p = 1; p <= 40; p++) {
			may.add(ImportFaultsJobFunctionalTests.row("5001", "2024-05", "", "M%07d".formatted(p), 3000));
		}
		Path mayFile = write("may/trondheim-2024-05.csv", may);
		assertThat(this.runner.run("import", RunParameters.of("import may", List.of(mayFile), dir.resolve("import"),
				DisclosureMode.INTERNAL, Lang.NB, null, 3)).succeeded()).isTrue();
		List<String> fnrs = new ArrayList<>();
		List<String> year = new ArrayList<>(List.of("Kommune,Måned,Fnr,Kjønn,Sivilstand,Barn,Inntekt,Trygd,Arbeid,"
				+ "Stønad,Lån,Notat"));
		for (int p = 1; p <= 20; p++) {
			String fnr = AnnualJobFunctionalTests.fnr("%02d0385".formatted(p), "100");
			fnrs.add(fnr);
			for (int month = 1; month <= 12; month++) {
				year.add(String.join(",", "5001", "2025-%02d".formatted(month), fnr, (p <= 12) ? "K" : "M", "1", "0",
						(p <= 5) ? "Arbeid" : "Sosialhjelp", "Ingen", "07", "3000", "0", "fritekst"));
			}
		}
		year.add(String.join(",", "5001", "2024-05", fnrs.get(0), "K", "1", "0", "Arbeid", "Ingen", "07", "3000", "0",
				""));
		write("extracts/trondheim-2025.csv", year);
		write("jobs/mappings/fagsystem.yml", List.of("# Trondheim's case system", "columns:", "  Kommune: KOMMUNE_NR",
				"  Måned: PERIODE", "  Fnr: PERSON_FODSELSNR", "  Kjønn: KJONN", "  Sivilstand: EKTSTAT",
				"  Barn: ANTBU18", "  Inntekt: VKLO", "  Trygd: TRYGDESIT", "  Arbeid: ARBSIT", "  Stønad: BIDRAG",
				"  Lån: LAAN", "codes:", "  KJONN: {M: 1, K: 2}", "  VKLO: {Arbeid: 1, Sosialhjelp: 5}",
				"  TRYGDESIT: {Ingen: 12}"));
		Path jobFile = write("jobs/trondheim.yml", List.of("name: trondheim-own", "kind: annual",
				"inputs: [../extracts/*.csv]", "mapping: mappings/fagsystem.yml", "replace-months: [2024-05]",
				"outputs: [statistics.csv]", "disclosure: internal", "cron: \"0 0 6 1 3 *\""));

		JobDefinition job = JobDefinition.load(jobFile);
		RunOutcome run = this.jobs.run(job, "2025", jobFile.getParent(), dir.resolve("reports"));

		assertThat(run.succeeded()).as(run.message()).isTrue();
		assertThat(run.count("summary.rejected")).isZero();
		Path out = dir.resolve("reports/trondheim-own/2025");
		Map<String, String> cells = cells(out.resolve("statistics.csv"));
		assertThat(cells).containsEntry("key_figures|5001|2025|||recipients", "20")
			.containsEntry("key_figures|5001|2024|||recipients", "1")
			.containsEntry("recipients_by_gender|5001|2025|2||recipients", "12")
			.containsEntry("recipients_by_gender|5001|2025|1||recipients", "8")
			.containsEntry("recipients_by_gender|5001|2025|unknown||recipients", "0")
			.containsEntry("recipients_by_income_source|5001|2025|1||recipients", "5")
			.containsEntry("recipients_by_income_source|5001|2025|5||recipients", "15")
			.containsEntry("recipients_by_income_source|5001|2025|unknown||recipients", "0");
		for (Path file : files(out, dir.resolve("store"))) {
			String content = AnnualJobFunctionalTests.contentOf(file);
			assertThat(fnrs).as("no fødselsnummer in %s", file).noneMatch(content::contains);
		}
	}

	private static Map<String, String> cells(Path csv) throws IOException {
		Map<String, String> result = new TreeMap<>();
		for (Cell cell : new StatisticsCsvReader().read(csv)) {
			String key = String.join("|", cell.tableId(), cell.region(), cell.period(),
					(cell.cat1() != null) ? cell.cat1() : "", (cell.cat2() != null) ? cell.cat2() : "", cell.measure());
			result.put(key, cell.hasValue() ? cell.value().stripTrailingZeros().toPlainString() : cell.symbol().text());
		}
		return result;
	}

	private static List<Path> files(Path... roots) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : roots) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		assertThat(files).extracting((p) -> p.getFileName().toString()).contains("statistics.csv", "kostra.mv.db");
		return files;
	}

	private static Path write(String name, List<String> lines) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

}
