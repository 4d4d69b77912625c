package no.kostrabatch.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static no.kostrabatch.input.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTests {

	@TempDir
	Path dir;

	@Test
	void theirNamesAreMatchedCaseInsensitivelyAndOurNamesStillWork() {
		ColumnMapping mapping = ColumnMapping.load(file("06_mapping.yml"));

		assertThat(mapping.column(" måned ")).isEqualTo(CsvColumn.PERIODE);
		assertThat(mapping.column("STØNAD")).isEqualTo(CsvColumn.BIDRAG);
		assertThat(mapping.column("bydelsnr")).isEqualTo(CsvColumn.BYDELSNR);
		assertThat(mapping.column("\uFEFFKommune")).isEqualTo(CsvColumn.KOMMUNE_NR);
		assertThat(mapping.column("Notat")).isNull();
	}

	@Test
	void codesAreReadAsTextSoLeadingZerosStay() {
		ColumnMapping mapping = ColumnMapping.load(file("06_mapping.yml"));

		assertThat(mapping.code(CsvColumn.TRYGDESIT, "AAP")).isEqualTo("04");
		assertThat(mapping.code(CsvColumn.KJONN, "K")).isEqualTo("2");
		assertThat(mapping.code(CsvColumn.KJONN, "X")).isEqualTo("X");
		assertThat(mapping.code(CsvColumn.VKLO, "K")).isEqualTo("K");
		assertThat(mapping.codes().get(CsvColumn.TRYGDESIT)).isEqualTo(Map.of("AAP", "04", "01", "01"));
	}

	@Test
	void anUnknownColumnOrAMissingFileIsOneSentence() throws IOException {
		Path unknown = this.dir.resolve("bad.yml");
		Files.writeString(unknown, "columns: {FNR: FODSELSNUMMER}\n");
		Path notYaml = this.dir.resolve("list.yml");
		Files.writeString(notYaml, "- a\n- b\n");

		assertThatThrownBy(() -> ColumnMapping.load(unknown)).isInstanceOf(InputFileException.class)
			.hasMessage("The column mapping bad.yml names an unknown column 'FODSELSNUMMER'; the columns are those "
					+ "of the CSV extract, e.g. KOMMUNE_NR or PERSON_FODSELSNR.");
		assertThatThrownBy(() -> ColumnMapping.load(this.dir.resolve("none.yml")))
			.hasMessage("The column mapping none.yml does not exist.");
		assertThatThrownBy(() -> ColumnMapping.load(notYaml)).hasMessage("The column mapping list.yml must be YAML "
				+ "with 'columns' (their name: our name) and 'codes' (our column: {their code: ours}).");
	}

	@Test
	void anEmptyMappingChangesNothing() throws IOException {
		Path empty = this.dir.resolve("empty.yml");
		Files.writeString(empty, "");

		ColumnMapping mapping = ColumnMapping.load(empty);

		assertThat(mapping).isEqualTo(ColumnMapping.none());
		assertThat(mapping.column("kjonn")).isEqualTo(CsvColumn.KJONN);
		assertThat(mapping.code(CsvColumn.KJONN, "1")).isEqualTo("1");
	}

}
