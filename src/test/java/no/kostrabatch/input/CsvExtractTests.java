package no.kostrabatch.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static no.kostrabatch.input.Fixtures.FNR_1970;
import static no.kostrabatch.input.Fixtures.FNR_1990;
import static no.kostrabatch.input.Fixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvExtractTests {

	@Test
	void semicolonUtf8WithBomAndCrlf() throws IOException {
		Path file = file("01_OK_semicolon_utf8_bom_crlf.csv");
		try (CsvExtract extract = CsvExtract.open(file, null)) {
			assertThat(extract.description()).isEqualTo("CSV (UTF-8 med BOM, skilletegn ';', CRLF)");
			assertThat(extract.columns()).hasSize(19).contains(CsvColumn.KOMMUNE_NR, CsvColumn.SAKSBEHANDLER);
			List<CsvRow> rows = rows(extract);
			assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(2L, 3L, 4L, 5L);
			CsvRow first = rows.get(0);
			assertThat(first.get(CsvColumn.KOMMUNE_NR)).isEqualTo("0301");
			assertThat(first.get(CsvColumn.PERSON_FODSELSNR)).isEqualTo(FNR_1990);
			assertThat(first.get(CsvColumn.SAKSBEHANDLER)).isEqualTo("Åse Ødegård");
			assertThat(first.get(CsvColumn.PERSON_DUF)).isEmpty();
			assertThat(first.has(CsvColumn.PERSON_DUF)).isFalse();
			assertThat(rows.get(3).get(CsvColumn.FODSELSDATO)).isEqualTo("1979-06-30");
			assertThat(rows.get(3).get(CsvColumn.VILKAR)).isEmpty();
			assertThat(extract.bytesRead()).isEqualTo(file.toFile().length());
		}
	}

	@Test
	void commaWindows1252CaseInsensitiveHeadersQuotesAndExcelTextFields() throws IOException {
		try (CsvExtract extract = CsvExtract.open(file("02_OK_comma_windows1252_lf.csv"), null)) {
			assertThat(extract.description()).isEqualTo("CSV (Windows-1252, skilletegn ',', LF)");
			List<CsvRow> rows = rows(extract);
			assertThat(rows).extracting((r) -> r.get(CsvColumn.KOMMUNE_NR)).containsExactly("4601", "4601");
			assertThat(rows).extracting((r) -> r.get(CsvColumn.PERSON_FODSELSNR)).containsExactly(FNR_1970, FNR_1970);
			assertThat(rows).extracting((r) -> r.get(CsvColumn.BIDRAG)).containsExactly("12000", "9000");
			assertThat(rows).extracting((r) -> r.get(CsvColumn.SAKSBEHANDLER))
				.containsExactly("Kåre Bø, \"Ærlig\" og snill", "Linje med ; og \"sitat\"");
			assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(2L, 3L);
		}
	}

	@Test
	void everyPhysicalLineIsOneRowAndAQuotedLineBreakIsADefectOfBothLines() throws IOException {
		try (CsvExtract extract = CsvExtract.open(file("03_ERROR_multiline_and_blank_lines.csv"), null)) {
			assertThat(extract.description()).isEqualTo("CSV (UTF-8, skilletegn ';', LF)");
			List<CsvRow> rows = rows(extract);
			assertThat(rows).extracting(CsvRow::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
			assertThat(rows).extracting(CsvRow::isBlank).containsExactly(false, false, true, false, true, false);
			assertThat(rows).extracting((r) -> r.defect() != null).containsExactly(true, true, false, false, false, false);
			assertThat(rows.get(0).defect()).startsWith("Linje 2: et anførselstegn på linjen lukkes ikke");
			assertThat(rows).extracting((r) -> r.get(CsvColumn.PERSON_JOURNALNR))
				.containsExactly("", "", "", "J2", "", "J3");
			assertThat(rows).noneMatch(CsvRow::cut);
		}
	}

	@Test
	void aMissingRequiredColumnIsOneSentenceNamingTheFileAndColumns() {
		assertThatThrownBy(() -> CsvExtract.open(file("04_ERROR_missing_columns.csv"), null))
			.isInstanceOf(InputFileException.class)
			.hasMessage("04_ERROR_missing_columns.csv is not a CSV extract with the required columns: BIDRAG, LAAN "
					+ "missing from the header.");
	}

	@Test
	void aColumnMappingRenamesColumnsAndRecodesValues() throws IOException {
		ColumnMapping mapping = ColumnMapping.load(file("06_mapping.yml"));
		try (CsvExtract extract = CsvExtract.open(file("06_OK_own_columns.csv"), mapping)) {
			List<CsvRow> rows = rows(extract);
			assertThat(extract.columns()).containsExactlyInAnyOrder(CsvColumn.KOMMUNE_NR, CsvColumn.PERIODE,
					CsvColumn.PERSON_FODSELSNR, CsvColumn.KJONN, CsvColumn.EKTSTAT, CsvColumn.ANTBU18, CsvColumn.VKLO,
					CsvColumn.TRYGDESIT, CsvColumn.ARBSIT, CsvColumn.BIDRAG, CsvColumn.LAAN);
			assertThat(rows).extracting((r) -> r.get(CsvColumn.KJONN)).containsExactly("2", "1");
			assertThat(rows).extracting((r) -> r.get(CsvColumn.TRYGDESIT)).containsExactly("04", "01");
			assertThat(rows).extracting((r) -> r.get(CsvColumn.PERIODE)).containsExactly("2025-06", "2025-06");
		}
	}

	@Test
	void toStringShowsTheLineButNoValues() throws IOException {
		try (CsvExtract extract = CsvExtract.open(file("01_OK_semicolon_utf8_bom_crlf.csv"), null)) {
			CsvRow row = extract.next();
			assertThat(row).hasToString("CsvRow[line=2]");
		}
	}

	@Test
	void excelTextProtectionIsRemovedOnlyWhenItWrapsTheWholeValue() {
		assertThat(CsvExtract.unprotect("=\"0301\"")).isEqualTo("0301");
		assertThat(CsvExtract.unprotect(" =\" 03 \" ")).isEqualTo("03");
		assertThat(CsvExtract.unprotect("=\"\"")).isEmpty();
		assertThat(CsvExtract.unprotect("=SUM(A1)")).isEqualTo("=SUM(A1)");
		assertThat(CsvExtract.unprotect("\"0301\"")).isEqualTo("\"0301\"");
	}

	private static List<CsvRow> rows(CsvExtract extract) {
		List<CsvRow> rows = new ArrayList<>();
		for (CsvRow row = extract.next(); row != null; row = extract.next()) {
			rows.add(row);
		}
		return rows;
	}

}
