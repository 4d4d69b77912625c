package no.kostrabatch.input;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static no.kostrabatch.input.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTests {

	private static final String COLUMNS = "KOMMUNE_NR, PERIODE, PERSON_FODSELSNR, PERSON_DUF, PERSON_JOURNALNR, KJONN, "
			+ "EKTSTAT, BU18, ANTBU18, VKLO, TRYGDESIT, ARBSIT, BIDRAG, LAAN, BYDELSNR, FODSELSDATO, STATSBORGERSKAP, "
			+ "BOSIT, GITT_OKONOMIRAD, FAAT_INDIVIDUELL_PLAN, SAKSBEHANDLER, VILKARSOSLOV, VILKARSAMEKT, VILKAR, "
			+ "UTBETDATO, UTBETTOMDATO";

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
	void codesAreReadAsTextSoLeadingZerosAndYamlBooleansStay() throws IOException {
		ColumnMapping mapping = ColumnMapping.load(file("06_mapping.yml"));
		ColumnMapping words = ColumnMapping.load(write("words.yml",
				"codes:\n  STATSBORGERSKAP: {Norge: NO, Sverige: SE}\n  BOSIT: {Eid: 1.0, Leid: 0301, Ja: yes}\n"));

		assertThat(mapping.code(CsvColumn.TRYGDESIT, "AAP")).isEqualTo("04");
		assertThat(mapping.code(CsvColumn.KJONN, "K")).isEqualTo("2");
		assertThat(mapping.code(CsvColumn.KJONN, "X")).isEqualTo("X");
		assertThat(mapping.code(CsvColumn.VKLO, "K")).isEqualTo("K");
		assertThat(mapping.codes().get(CsvColumn.TRYGDESIT)).isEqualTo(Map.of("AAP", "04", "01", "01"));
		assertThat(words.codes().get(CsvColumn.STATSBORGERSKAP)).isEqualTo(Map.of("Norge", "NO", "Sverige", "SE"));
		assertThat(words.codes().get(CsvColumn.BOSIT)).isEqualTo(Map.of("Eid", "1.0", "Leid", "0301", "Ja", "yes"));
	}

	@Test
	void aWindows1252FileIsReadToo() throws IOException {
		Path file = this.dir.resolve("ansi.yml");
		Files.write(file, "columns: {Kjønn: KJONN}\n".getBytes(Charset.forName("windows-1252")));

		assertThat(ColumnMapping.load(file).column("KJØNN")).isEqualTo(CsvColumn.KJONN);
	}

	@Test
	void anUnknownColumnIsRefusedWithTheColumnsAndTheOneProbablyMeant() throws IOException {
		Path value = write("value.yml", "columns:\n  FNR: FODSELSNUMMER\n  Kjønn: KJONNN\n");
		Path key = write("key.yml", "codes:\n  KJONN: {M: 1}\n  TRYGDSIT: {A: 04}\n");

		assertThatThrownBy(() -> ColumnMapping.load(value)).isInstanceOf(YamlFileException.class)
			.hasMessage("The column mapping " + value + ", line 2, column 8: columns.FNR must be one of " + COLUMNS
					+ ", not 'FODSELSNUMMER'.");
		assertThatThrownBy(() -> ColumnMapping.load(write("value2.yml", "columns: {Kjønn: KJONNN}\n")))
			.hasMessageEndingWith(": columns.Kjønn must be one of " + COLUMNS + ", not 'KJONNN' (did you mean 'KJONN'?).");
		assertThatThrownBy(() -> ColumnMapping.load(key))
			.hasMessage("The column mapping " + key + ", line 3, column 3: unknown column 'TRYGDSIT' under codes "
					+ "(did you mean 'TRYGDESIT'?); the columns are " + COLUMNS + ".");
	}

	@Test
	void anIdentifierWrittenByMistakeIsNotEchoed() throws IOException {
		Path file = write("fnr-value.yml", "columns: {Fnr: 01018012345}\n");

		assertThatThrownBy(() -> ColumnMapping.load(file)).hasMessage("The column mapping " + file + ", line 1, "
				+ "column 16: columns.Fnr must be one of " + COLUMNS + ", not '###########'.");
	}

	@Test
	void anUnknownKeyIsRefusedWithTheKeys() throws IOException {
		Path file = write("typo.yml", "colums: {FNR: PERSON_FODSELSNR}\n");

		assertThatThrownBy(() -> ColumnMapping.load(file))
			.hasMessage("The column mapping " + file + ", line 1, column 1: unknown key 'colums' (did you mean "
					+ "'columns'?); the keys are codes, columns.");
	}

	@Test
	void identifiersAreNeverRecoded() throws IOException {
		Path file = write("fnr.yml", "codes:\n  KJONN: {M: 1}\n  person_fodselsnr: {\"01010112345\": X}\n");

		assertThatThrownBy(() -> ColumnMapping.load(file))
			.hasMessage("The column mapping " + file + ", line 3, column 3: the column 'person_fodselsnr' under codes "
					+ "holds identifiers or personal data, which are pseudonymised as they are and never recoded.");
		for (String column : List.of("PERSON_DUF", "PERSON_JOURNALNR", "FODSELSDATO", "SAKSBEHANDLER")) {
			Path other = write(column + ".yml", "codes: {" + column + ": {a: b}}\n");
			assertThatThrownBy(() -> ColumnMapping.load(other)).hasMessage("The column mapping " + other + ", line 1, "
					+ "column 9: the column '" + column + "' under codes holds identifiers or personal data, which are "
					+ "pseudonymised as they are and never recoded.");
		}
	}

	@Test
	void aValueOfTheWrongTypeIsRefused() throws IOException {
		Path list = write("list.yml", "codes:\n  KJONN: [M, K]\n");
		Path nested = write("nested.yml", "codes:\n  KJONN: {M: [1]}\n");
		Path empty = write("null.yml", "codes:\n  KJONN: {M: }\n");

		assertThatThrownBy(() -> ColumnMapping.load(list)).hasMessage("The column mapping " + list
				+ ", line 2, column 10: codes.KJONN must be keys and values (key: value), not a list.");
		assertThatThrownBy(() -> ColumnMapping.load(nested)).hasMessage("The column mapping " + nested
				+ ", line 2, column 14: codes.KJONN.M must be a code (text), not a list.");
		assertThatThrownBy(() -> ColumnMapping.load(empty)).hasMessage("The column mapping " + empty
				+ ", line 2, column 13: codes.KJONN.M must be a code (text), not nothing.");
	}

	@Test
	void brokenYamlADuplicateKeyAndAnEmptyOrMissingFileAreOneSentence() throws IOException {
		Path broken = write("broken.yml", "columns: {FNR: PERSON_FODSELSNR\n");
		Path twice = write("twice.yml", "columns:\n  FNR: PERSON_FODSELSNR\n  FNR: PERSON_DUF\n");
		Path empty = write("empty.yml", "");
		Path list = write("list.yml", "- a\n- b\n");

		assertThatThrownBy(() -> ColumnMapping.load(broken)).hasMessage("The column mapping " + broken
				+ ", line 1, column 32: this is not valid YAML (expected ',' or '}', but got <stream end>).");
		assertThatThrownBy(() -> ColumnMapping.load(twice))
			.hasMessage("The column mapping " + twice + ", line 3, column 6: the key 'FNR' under columns is given twice.");
		assertThatThrownBy(() -> ColumnMapping.load(empty)).hasMessage("The column mapping " + empty + " is empty.");
		assertThatThrownBy(() -> ColumnMapping.load(this.dir.resolve("none.yml")))
			.hasMessage("The column mapping " + this.dir.resolve("none.yml") + " does not exist.");
		assertThatThrownBy(() -> ColumnMapping.load(list)).hasMessage("The column mapping " + list
				+ ", line 1, column 1: the file must hold keys and values (key: value), not a list.");
	}

	private Path write(String name, String text) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

}
