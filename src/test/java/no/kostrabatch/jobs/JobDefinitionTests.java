package no.kostrabatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import no.kostrabatch.disclosure.DisclosureMode;
import no.kostrabatch.statistics.Lang;
import no.kostrabatch.input.InputFileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionTests {

	private static final String KEYS = "the keys are cron, disclosure, inputs, kind, language, mapping, minimum-count, "
			+ "name, outputs, regions, replace-months.";

	@TempDir
	Path dir;

	@Test
	void theShippedJobsLoadWithTheirSchedules() {
		JobDefinition monthly = JobDefinition.load(Path.of("jobs/monthly-controller.yml"));
		JobDefinition annual = JobDefinition.load(Path.of("jobs/annual-status-report.yml"));
		JobDefinition research = JobDefinition.load(Path.of("jobs/research-export.yml"));

		assertThat(monthly.kind()).isEqualTo(JobDefinition.Kind.MONTHLY);
		assertThat(monthly.disclosure()).isEqualTo(DisclosureMode.INTERNAL);
		assertThat(monthly.outputs()).containsExactly("statistics.csv", "tabeller.xlsx");
		assertThat(monthly.inputs()).containsExactly("../sample-data/generated/csv/*.csv");
		assertThat(monthly.regions()).isEmpty();
		assertThat(monthly.cron().next(LocalDateTime.of(2026, 1, 10, 0, 0))).isEqualTo(LocalDateTime.of(2026, 2, 5, 6, 0));
		assertThat(annual.cron().next(LocalDateTime.of(2026, 1, 10, 0, 0))).isEqualTo(LocalDateTime.of(2026, 3, 1, 6, 0));
		assertThat(annual.regions()).containsExactly("0301", "4601", "5001", "1103");
		assertThat(annual.minimumCount()).isEqualTo(3);
		assertThat(annual.disclosure()).isEqualTo(DisclosureMode.PUBLIC);
		assertThat(research.kind()).isEqualTo(JobDefinition.Kind.RESEARCH_EXPORT);
		assertThat(research.lang()).isEqualTo(Lang.EN);
		assertThat(research.outputs()).containsExactly("statistics.csv", "codebook.csv", "statistics.json");
		assertThat(List.of(monthly, annual, research)).allSatisfy((job) -> {
			assertThat(job.mapping()).isNull();
			assertThat(job.replaceMonths()).isEmpty();
		});
	}

	@Test
	void everyJobFileInJobsLoads() throws IOException {
		try (var files = Files.list(Path.of("jobs"))) {
			List<Path> jobFiles = files.filter((f) -> f.toString().endsWith(".yml")).sorted().toList();

			assertThat(jobFiles).hasSize(3);
			assertThat(jobFiles).allSatisfy((f) -> assertThat(JobDefinition.load(f).name())
				.isEqualTo(f.getFileName().toString().replace(".yml", "")));
		}
	}

	@Test
	void theDefaultPeriodIsTheMonthOrYearJustEnded() {
		JobDefinition monthly = JobDefinition.load(Path.of("jobs/monthly-controller.yml"));
		JobDefinition annual = JobDefinition.load(Path.of("jobs/annual-status-report.yml"));

		assertThat(monthly.defaultPeriod(LocalDate.of(2026, 1, 5))).isEqualTo("2025-12");
		assertThat(annual.defaultPeriod(LocalDate.of(2026, 3, 1))).isEqualTo("2025");
	}

	@Test
	void defaultsForWhatIsNotSaid() throws IOException {
		JobDefinition job = JobDefinition.load(write("short.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\n"));

		assertThat(job.name()).isEqualTo("short");
		assertThat(job.lang()).isEqualTo(Lang.NB);
		assertThat(job.disclosure()).isEqualTo(DisclosureMode.PUBLIC);
		assertThat(job.minimumCount()).isEqualTo(3);
		assertThat(job.inputs()).isEmpty();
		assertThat(job.outputs()).isEmpty();
	}

	@Test
	void replaceMonthsAndAMappingRelativeToTheJobFilesFolder() throws IOException {
		Files.createDirectories(this.dir.resolve("jobs/mappings"));
		Files.writeString(this.dir.resolve("jobs/mappings/own.yml"), "columns: {Fnr: PERSON_FODSELSNR}\n");
		Path file = this.dir.resolve("jobs/own.yml");
		Files.writeString(file, "kind: monthly\ncron: \"0 0 6 5 * *\"\nmapping: mappings/own.yml\n"
				+ "replace-months: [2024-05, 2024-06]\n");

		JobDefinition job = JobDefinition.load(file);

		assertThat(job.mapping()).isEqualTo(this.dir.resolve("jobs/mappings/own.yml").toAbsolutePath().normalize());
		assertThat(job.replaceMonths()).containsExactly(YearMonth.of(2024, 5), YearMonth.of(2024, 6));
	}

	@Test
	void anUnknownKeyIsRefusedWithTheKeysAndTheOneProbablyMeant() throws IOException {
		Path file = write("typo.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\ndisclosre: internal\n");

		assertThatThrownBy(() -> JobDefinition.load(file)).isInstanceOf(RunFailure.class)
			.hasFieldOrPropertyWithValue("kind", RunFailure.Kind.USAGE)
			.hasMessage(masked("The job file " + file + ", line 3, column 1: unknown key 'disclosre' (did you mean "
					+ "'disclosure'?); " + KEYS));
	}

	@Test
	void aMisspeltMinimumCountIsRefusedRatherThanIgnored() throws IOException {
		Path file = write("count.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\nminimum-cont: 5\n");

		assertThatThrownBy(() -> JobDefinition.load(file))
			.hasMessage(masked("The job file " + file + ", line 3, column 1: unknown key 'minimum-cont' (did you mean "
					+ "'minimum-count'?); " + KEYS));
	}

	@Test
	void anUnknownKeyFarFromEveryKnownOneHasNoSuggestion() throws IOException {
		Path file = write("far.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\nschedule: daily\n");

		assertThatThrownBy(() -> JobDefinition.load(file))
			.hasMessage(masked("The job file " + file + ", line 3, column 1: unknown key 'schedule'; " + KEYS));
	}

	@Test
	void aWordWhereANumberBelongsMustBeAWholeNumber() throws IOException {
		Path file = write("three.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\nminimum-count: three\n");

		assertThatThrownBy(() -> JobDefinition.load(file)).isInstanceOf(RunFailure.class)
			.hasMessage(masked("The job file " + file + ", line 3, column 16: minimum-count must be a whole number, "
					+ "not 'three'."));
	}

	@Test
	void aFractionIsNotAWholeNumberAndAListIsNotText() throws IOException {
		Path fraction = write("fraction.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\nminimum-count: 3.5\n");
		Path list = write("list.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\nname: [a, b]\n");

		assertThatThrownBy(() -> JobDefinition.load(fraction))
			.hasMessage(masked("The job file " + fraction + ", line 3, column 16: minimum-count must be a whole number, "
					+ "not '3.5'."));
		assertThatThrownBy(() -> JobDefinition.load(list))
			.hasMessage(masked("The job file " + list + ", line 3, column 7: name must be text, not a list."));
	}

	@Test
	void anUnknownOutputNamesTheReportsAJobWrites() throws IOException {
		Path file = write("pfd.yml", "kind: annual\ncron: \"0 0 6 1 3 *\"\noutputs: [statistics.csv, statusrapport.pfd]\n");

		assertThatThrownBy(() -> JobDefinition.load(file))
			.hasMessage(masked("The job file " + file + ", line 3, column 27: outputs must be one of statistics.csv, codebook.csv, "
					+ "statistics.json, tabeller.xlsx, statusrapport.pdf, not 'statusrapport.pfd' (did you mean "
					+ "'statusrapport.pdf'?)."));
	}

	@Test
	void closedListsNameTheirValues() throws IOException {
		Path kind = write("kind.yml", "kind: weekly\ncron: \"0 0 6 5 * *\"\n");
		Path lang = write("lang.yml", "kind: annual\ncron: \"0 0 6 5 * *\"\nlanguage: nn\n");
		Path disclosure = write("disclosure.yml", "kind: annual\ncron: \"0 0 6 5 * *\"\ndisclosure: publik\n");

		assertThatThrownBy(() -> JobDefinition.load(kind))
			.hasMessage(masked("The job file " + kind + ", line 1, column 7: kind must be one of monthly, annual, research-export, "
					+ "not 'weekly'."));
		assertThatThrownBy(() -> JobDefinition.load(lang))
			.hasMessage(masked("The job file " + lang + ", line 3, column 11: language must be one of nb, en, not 'nn' "
					+ "(did you mean 'nb'?)."));
		assertThatThrownBy(() -> JobDefinition.load(disclosure))
			.hasMessage(masked("The job file " + disclosure + ", line 3, column 13: disclosure must be one of public, internal, "
					+ "not 'publik' (did you mean 'public'?)."));
	}

	@Test
	void aWrongMonthOrCronExpressionIsRefusedWithItsLine() throws IOException {
		Path month = write("month.yml", "kind: annual\ncron: \"0 0 6 5 * *\"\nreplace-months: [2024-5]\n");
		Path cron = write("cron.yml", "kind: annual\ncron: \"0 6 5 *\"\n");

		assertThatThrownBy(() -> JobDefinition.load(month))
			.hasMessage(masked("The job file " + month + ", line 3, column 18: replace-months must be a month written "
					+ "YYYY-MM, not '2024-5'."));
		assertThatThrownBy(() -> JobDefinition.load(cron))
			.hasMessage(masked("The job file " + cron + ", line 2, column 7: cron must be a cron expression (minute hour day "
					+ "month weekday, or second minute hour day month weekday), such as \"0 6 5 * *\", not '0 6 5 *'."));
	}

	@Test
	void cronTakesTheCommonFiveFieldsToo() throws IOException {
		JobDefinition five = JobDefinition.load(write("five.yml", "kind: monthly\ncron: \"0 6 5 * *\"\n"));
		JobDefinition six = JobDefinition.load(write("six.yml", "kind: monthly\ncron: \"0 0 6 5 * *\"\n"));

		LocalDateTime after = LocalDateTime.of(2026, 1, 10, 0, 0);
		assertThat(five.cron().next(after)).isEqualTo(LocalDateTime.of(2026, 2, 5, 6, 0)).isEqualTo(six.cron().next(after));
	}

	@Test
	void brokenYamlNamesItsLine() throws IOException {
		Path file = write("broken.yml", "kind: annual\n  cron: \"0 0 6 5 * *\"\n");

		assertThatThrownBy(() -> JobDefinition.load(file))
			.hasMessage(masked("The job file " + file + ", line 2, column 7: this is not valid YAML (mapping values are not "
					+ "allowed here)."));
	}

	@Test
	void anEmptyFileOrOneOfCommentsOnlyIsEmpty() throws IOException {
		Path empty = write("empty.yml", "");
		Path comments = write("comments.yml", "# nothing yet\n");

		assertThatThrownBy(() -> JobDefinition.load(empty)).isInstanceOf(RunFailure.class)
			.hasMessage(masked("The job file " + empty + " is empty."));
		assertThatThrownBy(() -> JobDefinition.load(comments)).hasMessage(masked("The job file " + comments + " is empty."));
	}

	@Test
	void aKeyGivenTwiceIsRefused() throws IOException {
		Path file = write("twice.yml", "kind: annual\ncron: \"0 0 6 5 * *\"\nkind: monthly\n");

		assertThatThrownBy(() -> JobDefinition.load(file))
			.hasMessage(masked("The job file " + file + ", line 3, column 5: the key 'kind' is given twice."));
	}

	@Test
	void aListAtTheTopOrAMissingKeyIsRefused() throws IOException {
		Path list = write("list.yml", "- kind: annual\n");
		Path noKind = write("nokind.yml", "cron: \"0 0 6 5 * *\"\n");
		Path noCron = write("nocron.yml", "kind: annual\n");

		assertThatThrownBy(() -> JobDefinition.load(list))
			.hasMessage(masked("The job file " + list + ", line 1, column 1: the file must hold keys and values (key: value), "
					+ "not a list."));
		assertThatThrownBy(() -> JobDefinition.load(noKind)).hasMessage(masked("The job file " + noKind
				+ " is wrong: the key 'kind' is missing (monthly, annual or research-export)."));
		assertThatThrownBy(() -> JobDefinition.load(noCron)).hasMessage(masked("The job file " + noCron
				+ " is wrong: the key 'cron' is missing (when the scheduler starts the job)."));
	}

	@Test
	void aMissingFileOrMappingIsOneSentence() throws IOException {
		Path none = this.dir.resolve("none.yml");
		Path mapped = write("mapped.yml", "kind: annual\ncron: \"0 0 6 5 * *\"\nmapping: own.yml\n");

		assertThatThrownBy(() -> JobDefinition.load(none)).hasMessage(masked("The job file " + none + " does not exist."));
		assertThatThrownBy(() -> JobDefinition.load(mapped)).isInstanceOf(RunFailure.class)
			.hasMessage(masked("The column mapping " + this.dir.resolve("own.yml").toAbsolutePath() + " does not exist."));
	}

	@Test
	void aPublicJobNeedsAMinimumCountOfThree() throws IOException {
		Path file = write("one.yml", "kind: annual\ncron: \"0 0 6 5 * *\"\nminimum-count: 1\n");

		assertThatThrownBy(() -> JobDefinition.load(file)).hasMessage(masked("The job file " + file + " is wrong: "
				+ "minimum-count: " + RunParameters.publicMinimumCountMessage(1) + "."));
	}

	@Test
	void globsResolveToFilesInNameOrderOnce() throws IOException {
		Files.createDirectories(this.dir.resolve("csv"));
		for (String name : List.of("b-2025-02.csv", "a-2025-01.csv", "notes.txt")) {
			Files.writeString(this.dir.resolve("csv").resolve(name), "x");
		}

		List<Path> files = JobFileRunner.resolve(List.of("csv/*.csv", "csv/a-*.csv"), this.dir);

		assertThat(files).containsExactly(this.dir.resolve("csv/a-2025-01.csv"), this.dir.resolve("csv/b-2025-02.csv"));
	}

	private Path write(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	/** The message as the product gives it: a run of 11 or more digits (the temp folder's name) masked. */
	private static String masked(String message) {
		return InputFileNames.masked(message);
	}

}
