package no.kostrabatch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.ElevenFValidator;
import no.kostrabatch.validation.ValidationSummary;
import no.kostrabatch.validation.rules.ElevenFTestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** After a clean check, validate says what SSB's own program will report, given our deviations. */
class ValidateCommandTests {

	@TempDir
	Path dir;

	@Test
	void aCleanOsloFileWillPassSsbsProgramToo() throws IOException {
		String line = ElevenFTestRecords.line(2025, Map.of());

		assertThat(ValidateCommand.whatSsbWillSay(summary(line + "\n", 2025)))
			.isEqualTo("SSB's control program should report the same findings: the file can be sent to SSB.");
	}

	@Test
	void outsideOsloSsbsProgramWantsTheDistrictAndCountsNoEmptyLines() throws IOException {
		String line = ElevenFTestRecords.line(2025, Map.of(ElevenFField.KOMMUNE_NR, "1103", ElevenFField.BYDELSNR, ""));

		String text = ValidateCommand.whatSsbWillSay(summary("\uFEFF" + line + "\n\n" + line.replace("J0000001",
				"J0000002").replace(ElevenFTestRecords.fnr(1990), ElevenFTestRecords.fnr(1991)) + "\n", 2025));

		assertThat(text).contains("ERROR 002 'BYDELSNR mangler obligatorisk verdi' on every record",
				"FATAL 001 on line 1", "line numbers that do not count the empty lines");
	}

	@Test
	void inTwentyTwentyFourTheOldestAreReadAsBornThisCentury() throws IOException {
		String line = ElevenFTestRecords.line(2024, Map.of());

		assertThat(ValidateCommand.whatSsbWillSay(summary(line + "\n", 2024))).contains("its 2024 release reads as 20xx");
	}

	@Test
	void anExtractInItsOwnColumnNamesIsCheckedThroughItsMapping() {
		String csv = "src/test/resources/fixtures/input/06_OK_own_columns.csv";
		String mapping = "src/test/resources/fixtures/input/06_mapping.yml";

		Console.Result mapped = Console.run("validate", csv, "--mapping", mapping, "--out", this.dir.resolve("a").toString());
		Console.Result unmapped = Console.run("validate", csv, "--out", this.dir.resolve("b").toString());

		assertThat(mapped.out().lines().findFirst()).hasValue("06_OK_own_columns.csv (CSV extract, checked as 11F "
				+ "records): 3 lines, 2 records, municipality 4601, reporting year 2025.");
		assertThat(mapped.err()).isEmpty();
		assertThat(unmapped.code()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(unmapped.out()).startsWith("06_OK_own_columns.csv (11F file)").contains("FATAL findings");
	}

	@Test
	void aMunicipalityNumberThatDoesNotExistIsAnErrorOnItsLineAndField() throws IOException {
		String first = ElevenFTestRecords.line(2025, Map.of());
		String second = ElevenFTestRecords.line(2025, Map.of(ElevenFField.KOMMUNE_NR, "0788", ElevenFField.BYDELSNR, "  ",
				ElevenFField.PERSON_JOURNALNR, "J0000002", ElevenFField.PERSON_FODSELSNR, ElevenFTestRecords.fnr(1991)));
		Path file = this.dir.resolve("oslo.11f");
		Files.writeString(file, first + "\n" + second + "\n", StandardCharsets.UTF_8);

		Console.Result result = Console.run("validate", file.toString(), "--year", "2025", "--out",
				this.dir.resolve("kontroll").toString());

		assertThat(result.code()).as(result.err()).isEqualTo(ExitCodes.FINDINGS);
		assertThat(Files.readAllLines(this.dir.resolve("kontroll/kontrollrapport.csv"), StandardCharsets.UTF_8))
			.filteredOn((l) -> l.contains("KOMMUNE_NR"))
			.containsExactly("2,003,ERROR,KOMMUNE_NR,J0000002,"
					+ "\"Korrigér kommunenummeret. Fant '0788', som ikke er et kommunenummer i 2025.\"");
	}

	private ValidationSummary summary(String text, int year) throws IOException {
		Path file = Files.createTempFile(this.dir, "x", ".11f");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return new ElevenFValidator().validate(file, OptionalInt.of(year), null, (f) -> {
		});
	}

}
