package no.kostrabatch.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.validation.rules.ElevenFTestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ElevenFValidatorTests {

	@TempDir
	Path dir;

	@Test
	void aCleanFileHasNoFindings() throws IOException {
		List<Finding> findings = validate(line(Map.of()), line(Map.of(ElevenFField.PERSON_JOURNALNR, "J0000002",
				ElevenFField.PERSON_FODSELSNR, ElevenFTestRecords.fnr(1980))));

		assertThat(findings).isEmpty();
	}

	@Test
	void findingsCarryThePhysicalLineTheRuleAndTheJournal() throws IOException {
		List<Finding> findings = validate(line(Map.of()), "", line(Map.of(ElevenFField.PERSON_JOURNALNR, "J0000002",
				ElevenFField.PERSON_FODSELSNR, ElevenFTestRecords.fnr(1980), ElevenFField.EKTSTAT, "8")));

		assertThat(findings).extracting(Finding::line, (f) -> f.rule().number(), Finding::journal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "002", "J0000002"),
					org.assertj.core.groups.Tuple.tuple(3L, "009", "J0000002"));
	}

	@Test
	void duplicatesAcrossTheFile() throws IOException {
		List<Finding> findings = validate(line(Map.of()), line(Map.of()));

		assertThat(findings).extracting((f) -> f.rule().number() + "@" + f.line())
			.containsExactly("005A@1", "005A@2", "005B@1", "005B@2");
		assertThat(findings.get(2).message()).isEqualTo("Journalnummer 'J0000001' forekommer 2 ganger.");
	}

	@Test
	void aWrongLengthStopsEverythingElse() throws IOException {
		String bad = line(Map.of(ElevenFField.KJONN, "9")).substring(0, 300);
		List<Finding> findings = validate(line(Map.of(ElevenFField.KJONN, "9")), bad);

		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.rule()).isEqualTo(RuleId.R001);
			assertThat(f.line()).isEqualTo(2);
			assertThat(f.message()).startsWith("Linje 2 har 300 tegn, forventet 338 tegn (layout 2025). Alle records skal være 338 tegn");
		});
	}

	@Test
	void anEmptyFileIsFatal() throws IOException {
		Path file = this.dir.resolve("empty.11f");
		Files.writeString(file, "\n\n");
		List<Finding> findings = new ArrayList<>();

		ValidationSummary summary = new ElevenFValidator().validate(file, OptionalInt.empty(), null, findings::add);

		assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.R000);
		assertThat(summary.exitCode()).isEqualTo(2);
	}

	@Test
	void theExitCodeFollowsTheWorstSeverity() throws IOException {
		Path warning = write(line(Map.of(ElevenFField.PERSON_FODSELSNR, ElevenFTestRecords.fnr(2008))));
		Path error = write(line(Map.of(ElevenFField.KJONN, "3")));

		Path clean = write(line(Map.of()));

		assertThat(summary(clean).exitCode()).isZero();
		assertThat(summary(warning).exitCode()).isEqualTo(1);
		assertThat(summary(error).exitCode()).isEqualTo(2);
	}

	@Test
	void exitCodesForTheNewcomersFiles() throws IOException {
		String clean = line(Map.of());
		String error = line(Map.of(ElevenFField.KJONN, "3"));
		Path utf16 = this.dir.resolve("utf16.11f");
		Files.writeString(utf16, clean + "\n", StandardCharsets.UTF_16);
		Path empty = this.dir.resolve("empty.11f");
		Files.writeString(empty, "");

		assertThat(summary(write(clean)).exitCode()).isZero();
		assertThat(summary(write(clean, error.replace("J0000001", "J0000002"))).exitCode()).isEqualTo(2);
		assertThat(summary(write(clean, clean.substring(0, 250))).exitCode()).isEqualTo(2);
		assertThat(summary(utf16).exitCode()).isEqualTo(2);
		assertThat(summary(empty).exitCode()).isEqualTo(2);
	}

	@Test
	void theSummaryCountsLinesRecordsAndFindingsPerRuleAndSeverity() throws IOException {
		Path file = write(line(Map.of()), "", line(Map.of(ElevenFField.PERSON_JOURNALNR, "J0000002",
				ElevenFField.PERSON_FODSELSNR, ElevenFTestRecords.fnr(2008), ElevenFField.BOSIT, "9")));

		ValidationSummary summary = summary(file);

		assertThat(summary.lines()).isEqualTo(3);
		assertThat(summary.records()).isEqualTo(2);
		assertThat(summary.year()).isEqualTo(2025);
		assertThat(summary.municipality()).isEqualTo("0301");
		assertThat(summary.perRule()).containsExactlyInAnyOrderEntriesOf(
				Map.of(RuleId.R002, 1L, RuleId.R006, 1L, RuleId.R035, 1L));
		assertThat(summary.count(Severity.ERROR)).isEqualTo(2);
		assertThat(summary.count(Severity.WARNING)).isEqualTo(1);
		assertThat(summary.exitCode()).isEqualTo(2);
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstRecord() throws IOException {
		Path file = this.dir.resolve("bom.11f");
		Files.writeString(file, "\uFEFF" + line(Map.of()) + "\n", StandardCharsets.UTF_8);

		assertThat(summary(file).perRule()).isEmpty();
	}

	@Test
	void aTwentyTwentyFourFileGetsTheTwentyTwentyFourRules() throws IOException {
		Path file = write(ElevenFTestRecords.line(2024, Map.of(ElevenFField.PERSON_FODSELSNR, ElevenFTestRecords.fnr(1955),
				ElevenFField.TRYGDESIT, "07", ElevenFField.VKLO, "3", ElevenFField.ARBSIT, "04")));

		ValidationSummary summary = summary(file);

		assertThat(summary.year()).isEqualTo(2024);
		assertThat(summary.perRule()).containsExactlyInAnyOrderEntriesOf(Map.of(RuleId.R007_2024, 1L));
	}

	@Test
	void theMunicipalityGivenIsChecked() throws IOException {
		List<Finding> findings = new ArrayList<>();
		new ElevenFValidator().validate(write(line(Map.of())), OptionalInt.of(2025), "4601", findings::add);

		assertThat(findings).extracting(Finding::rule).containsExactly(RuleId.R003_KOMMUNE);
		assertThat(findings.get(0).message()).isEqualTo("Korrigér kommunenummeret. Fant '0301', forventet '4601'.");
	}

	@Test
	void aLineOfSpacesIsARecordAndAnEmptyLineIsNot() throws IOException {
		String clean = line(Map.of());
		Path file = write(clean, "", " ".repeat(clean.length()));

		List<Finding> findings = new ArrayList<>();
		ValidationSummary summary = new ElevenFValidator().validate(file, OptionalInt.empty(), null, findings::add);

		assertThat(summary.records()).isEqualTo(2);
		assertThat(findings).allMatch((f) -> f.line() == 3 || f.rule() == RuleId.R005B);
		assertThat(findings).extracting(Finding::rule).contains(RuleId.R002, RuleId.R003_KOMMUNE, RuleId.R008);
	}

	@Test
	void aShortLineOfSpacesIsFatal() throws IOException {
		List<Finding> findings = validate(line(Map.of()), "   ");

		assertThat(findings).extracting((f) -> f.rule().number() + "@" + f.line()).containsExactly("001@2");
	}

	@Test
	void aBadFirstMunicipalityDoesNotBecomeTheMunicipalityChecked() throws IOException {
		List<Finding> findings = validate(line(Map.of(ElevenFField.KOMMUNE_NR, "AB01")),
				line(Map.of(ElevenFField.PERSON_JOURNALNR, "J0000002", ElevenFField.PERSON_FODSELSNR,
						ElevenFTestRecords.fnr(1980))));

		assertThat(findings).extracting((f) -> f.rule() + "@" + f.line()).contains("R003_KOMMUNE@1")
			.doesNotContain("R003_KOMMUNE@2");
	}

	private ValidationSummary summary(Path file) throws IOException {
		return new ElevenFValidator().validate(file, OptionalInt.empty(), null, (f) -> {
		});
	}

	private static String line(Map<ElevenFField, String> overrides) {
		return ElevenFTestRecords.line(2025, overrides);
	}

	private List<Finding> validate(String... lines) throws IOException {
		List<Finding> findings = new ArrayList<>();
		new ElevenFValidator().validate(write(lines), OptionalInt.empty(), null, findings::add);
		return findings;
	}

	private Path write(String... lines) throws IOException {
		Path file = Files.createTempFile(this.dir, "x", ".11f");
		Files.write(file, List.of(lines), StandardCharsets.ISO_8859_1);
		return file;
	}

}
