package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionTests {

	@Test
	void theShippedJobsLoadWithTheirSchedules() {
		JobDefinition monthly = JobDefinition.load(Path.of("jobs/monthly-controller.yml"));
		JobDefinition annual = JobDefinition.load(Path.of("jobs/annual-status-report.yml"));
		JobDefinition research = JobDefinition.load(Path.of("jobs/research-export.yml"));

		assertThat(monthly.kind()).isEqualTo(JobDefinition.Kind.MONTHLY);
		assertThat(monthly.disclosure()).isEqualTo(DisclosureMode.INTERNAL);
		assertThat(monthly.cron().next(LocalDateTime.of(2026, 1, 10, 0, 0))).isEqualTo(LocalDateTime.of(2026, 2, 5, 6, 0));
		assertThat(annual.cron().next(LocalDateTime.of(2026, 1, 10, 0, 0))).isEqualTo(LocalDateTime.of(2026, 3, 1, 6, 0));
		assertThat(annual.regions()).containsExactly("0301", "4601", "5001", "1103");
		assertThat(research.kind()).isEqualTo(JobDefinition.Kind.RESEARCH_EXPORT);
		assertThat(research.lang()).isEqualTo(Lang.EN);
	}

	@Test
	void theDefaultPeriodIsTheMonthOrYearJustEnded() {
		JobDefinition monthly = JobDefinition.load(Path.of("jobs/monthly-controller.yml"));
		JobDefinition annual = JobDefinition.load(Path.of("jobs/annual-status-report.yml"));

		assertThat(monthly.defaultPeriod(LocalDate.of(2026, 1, 5))).isEqualTo("2025-12");
		assertThat(annual.defaultPeriod(LocalDate.of(2026, 3, 1))).isEqualTo("2025");
	}

	@Test
	void aMistakeNamesTheFileAndTheField(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("bad.yml");
		Files.writeString(file, "kind: weekly\ncron: \"0 0 6 5 * *\"\n");

		assertThatThrownBy(() -> JobDefinition.load(file)).isInstanceOf(RunFailure.class)
			.hasMessageContaining("bad.yml")
			.hasMessageContaining("unknown kind 'weekly'");
	}

	@Test
	void outputNamesCannotLeaveTheOutputFolder(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("escape.yml");
		Files.writeString(file, "kind: annual\ncron: \"0 0 6 5 * *\"\noutputs: [\"../../etc/passwd\"]\n");

		assertThatThrownBy(() -> JobDefinition.load(file)).hasMessageContaining("must be a plain file name");
	}

	@Test
	void globsResolveToFilesInNameOrderOnce(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("csv"));
		for (String name : List.of("b-2025-02.csv", "a-2025-01.csv", "notes.txt")) {
			Files.writeString(dir.resolve("csv").resolve(name), "x");
		}

		List<Path> files = JobFileRunner.resolve(List.of("csv/*.csv", "csv/a-*.csv"), dir);

		assertThat(files).containsExactly(dir.resolve("csv/a-2025-01.csv"), dir.resolve("csv/b-2025-02.csv"));
	}

}
