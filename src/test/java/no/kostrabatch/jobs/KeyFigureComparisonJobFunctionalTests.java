package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.kostrabatch.disclosure.DisclosureAudit;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual job on two cities and two years, in public mode: Oslo has 4 recipients in 2024 and 5 in
 * 2025, two of them long-term (suppressed); Bergen has 3 and 4, none long-term. The change and the
 * index of the key figures come out of the published figures.
 */
@SpringBootTest
class KeyFigureComparisonJobFunctionalTests {

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
	void theChangeAndIndexOfTheKeyFiguresAreCellsOfThePublishedFigures() throws IOException {
		Path y2024 = extract("2024", List.of(persons("0301", 4, 0, 1), persons("4601", 3, 0, 1)));
		Path y2025 = extract("2025", List.of(persons("0301", 3, 0, 1), persons("0301", 2, 3, 6), persons("4601", 4, 0, 1)));
		Path out = dir.resolve("out");

		RunOutcome run = this.runner.run("annual", RunParameters.of("2025", List.of(y2024, y2025), out,
				DisclosureMode.PUBLIC, Lang.NB, null, 3));

		assertThat(run.succeeded()).as(run.message()).isTrue();
		Map<String, String> cells = AnnualJobFunctionalTests.cells(out.resolve("statistics.csv"));
		assertThat(cells).containsEntry("key_figures|0301|2025||recipients", "5")
			.containsEntry("key_figures|0301|2025||long_term", ":")
			.containsEntry("key_figures|0301|2024||long_term", "0")
			.containsEntry("key_figures_change|0301|2025|recipients|change", "1")
			.containsEntry("key_figures_change|0301|2025|recipients|change_percent", "25.0")
			.containsEntry("key_figures_change|4601|2025|recipients|change", "1")
			.containsEntry("key_figures_change|4601|2025|recipients|change_percent", "33.3")
			.containsEntry("key_figures_change|0301|2025|mean_months|change", ":")
			.containsEntry("key_figures_change|0301|2025|mean_months|change_percent", ":")
			.containsEntry("key_figures_change|0301|2025|share_long_term|change", ":")
			.containsEntry("key_figures_change|0301|2025|long_term|change", ":")
			.containsEntry("key_figures_change|0301|2025|long_term|change_percent", ":")
			.containsEntry("key_figures_change|4601|2025|long_term|change", "0")
			.containsEntry("key_figures_change|4601|2025|long_term|change_percent", ".")
			.containsEntry("key_figures_change|group:run|2025|recipients|change", "1")
			.containsEntry("key_figures_index|0301|2025|recipients|index", "111.1")
			.containsEntry("key_figures_index|4601|2025|recipients|index", "88.9")
			.containsEntry("key_figures_index|0301|2025|long_term|index", ":")
			.containsEntry("key_figures_index|4601|2025|long_term|index", "..")
			.doesNotContainKey("key_figures_change|0301|2024|recipients|change");
		assertThat(new DisclosureAudit(TableCatalog.load(), 3).audit(new StatisticsCsvReader().read(out.resolve("statistics.csv")))
			.violations()).isEmpty();
	}

	/** {@code count} persons of a municipality with support in months {@code from+1 .. from+months}. */
	private static List<String> persons(String municipality, int count, int offset, int months) {
		List<String> rows = new ArrayList<>();
		for (int p = 0; p < count; p++) {
			for (int m = 1; m <= months; m++) {
				rows.add(String.join(";", municipality, "%s-" + String.format("%02d", m), "",
						"", "2010%02d%06d".formatted(offset + p + (municipality.equals("0301") ? 10 : 50), 100000 + p),
						"J" + municipality + (offset + p), "01011980", "1", "1", "0", "5", "12", "07", "1", "NO", "SB1",
						"5000", "0"));
			}
		}
		return rows;
	}

	private static Path extract(String year, List<List<String>> groups) throws IOException {
		List<String> lines = new ArrayList<>(List.of("KOMMUNE_NR;PERIODE;BYDELSNR;PERSON_FODSELSNR;PERSON_DUF;"
				+ "PERSON_JOURNALNR;FODSELSDATO;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BOSIT;STATSBORGERSKAP;"
				+ "SAKSBEHANDLER;BIDRAG;LAAN"));
		groups.forEach((rows) -> rows.forEach((row) -> lines.add(row.formatted(year))));
		Path file = dir.resolve("extract-" + year + ".csv");
		Files.write(file, lines, StandardCharsets.UTF_8);
		return file;
	}

}
