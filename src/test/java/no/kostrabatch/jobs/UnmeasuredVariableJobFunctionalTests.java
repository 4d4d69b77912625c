package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import no.kostrabatch.disclosure.DisclosureAudit;
import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.disclosure.StatisticsCsvReader;
import no.kostrabatch.sample.SampleFormat;
import no.kostrabatch.sample.SampleGenerator;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.statistics.TableCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two cities whose 2024 comes from KOSTRA 11F files (no citizenship) and 2025 from CSV extracts (with
 * citizenship), in public mode: every figure counted from citizenship is {@code ..} for 2024, never
 * 0 or all-unknown, and no change or index is worked out from it; the published figures still pass
 * the audit.
 */
@SpringBootTest
class UnmeasuredVariableJobFunctionalTests {

	@TempDir
	static Path dir;

	static Map<String, String> cells;

	static Path out;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("store/kostra"));
		registry.add("kostra.pseudonym-key-file", () -> dir.resolve("key/pseudonym.key").toString());
	}

	@Autowired
	PeriodJobRunner runner;

	@BeforeAll
	static void files() throws IOException {
		SampleGenerator generator = new SampleGenerator(13);
		for (String city : List.of("0301", "4601")) {
			generator.write(city, 2024, 120, SampleFormat.ELEVEN_F, dir.resolve(city + "-2024.11f"));
			generator.write(city, 2025, 120, SampleFormat.CSV, dir.resolve(city + "-2025.csv"));
		}
	}

	private Map<String, String> run() throws IOException {
		if (cells == null) {
			out = dir.resolve("out");
			List<Path> inputs = List.of(dir.resolve("0301-2024.11f"), dir.resolve("4601-2024.11f"),
					dir.resolve("0301-2025.csv"), dir.resolve("4601-2025.csv"));
			RunOutcome run = this.runner.run("annual",
					RunParameters.of("2025", inputs, out, DisclosureMode.PUBLIC, Lang.NB, null, 3));
			assertThat(run.succeeded()).as(run.message()).isTrue();
			cells = AnnualJobFunctionalTests.cells(out.resolve("statistics.csv"));
		}
		return cells;
	}

	@Test
	void everyFigureOfAYearWithoutCitizenshipIsMissing() throws IOException {
		Map<String, String> cells = run();
		Map<String, String> citizenship2024 = new java.util.TreeMap<>();
		cells.forEach((key, value) -> {
			if (key.matches("recipients_by_citizenship(_group)?\\|\\d{4,6}\\|2024\\|.*")) {
				citizenship2024.put(key, value);
			}
		});
		assertThat(citizenship2024).hasSizeGreaterThanOrEqualTo(2 * (3 + 4) * 2)
			.containsKeys("recipients_by_citizenship|0301|2024|NO|recipients",
					"recipients_by_citizenship|0301|2024|unknown|recipients",
					"recipients_by_citizenship|0301|2024|total|recipients",
					"recipients_by_citizenship|4601|2024|unknown|percent",
					"recipients_by_citizenship_group|0301|2024|group2|recipients");
		assertThat(citizenship2024.values()).containsOnly("..");
		assertThat(cells).containsEntry("key_figures|0301|2024||foreign", "..")
			.containsEntry("key_figures|0301|2024||share_foreign", "..")
			.containsEntry("key_figures|4601|2024||foreign", "..")
			.containsEntry("key_figures|group:run|2024||foreign", "..")
			.containsEntry("key_figures_index|0301|2024|foreign|index", "..")
			.containsEntry("recipients_by_citizenship|group:run|2024|unknown|recipients", "..");
	}

	@Test
	void noChangeIsWorkedOutFromAYearThatLacksTheVariable() throws IOException {
		Map<String, String> cells = run();
		assertThat(cells.get("recipients_by_citizenship|4601|2025|NO|recipients")).matches("\\d+");
		assertThat(cells).containsEntry("recipients_by_citizenship|0301|2025|NO|change", "..")
			.containsEntry("recipients_by_citizenship|0301|2025|NO|change_percent", "..")
			.containsEntry("recipients_by_citizenship|0301|2025|unknown|change", "..")
			.containsEntry("recipients_by_citizenship|0301|2025|total|change", "..")
			.containsEntry("recipients_by_citizenship_group|4601|2025|group1|change", "..")
			.containsEntry("key_figures_change|0301|2025|foreign|change", "..")
			.containsEntry("key_figures_change|0301|2025|foreign|change_percent", "..")
			.containsEntry("key_figures_change|0301|2025|share_foreign|change", "..")
			.containsEntry("key_figures_change|group:run|2025|foreign|change", "..");
		assertThat(cells.entrySet()).filteredOn((e) -> e.getKey().matches("recipients_by_age\\|4601\\|2025\\|.*\\|change"))
			.anySatisfy((e) -> assertThat(e.getValue()).matches("-?\\d+"));
	}

	@Test
	void theMissingCellsPublishNothingThatRevealsASuppressedCount() throws IOException {
		run();
		DisclosureAudit.Report report = new DisclosureAudit(TableCatalog.load(), 3)
			.audit(new StatisticsCsvReader().read(out.resolve("statistics.csv")));
		assertThat(report.violations()).isEmpty();
		assertThat(report.suppressedCells()).isPositive();
	}

}
