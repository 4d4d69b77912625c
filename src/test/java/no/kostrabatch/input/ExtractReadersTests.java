package no.kostrabatch.input;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractReadersTests {

	static final String FNR = Fodselsnummer.withCheckDigits("170590123").orElseThrow();

	static final Pseudonymiser PSEUDONYMISER = new Pseudonymiser("a test key of at least 16 bytes".getBytes());

	@TempDir
	Path dir;

	@Test
	void semicolonUtf8WithBomAndCrlf() throws IOException {
		Path file = write("a.csv", StandardCharsets.UTF_8, true, "\r\n",
				"kommune_nr;Periode;PERSON_FODSELSNR;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN;SAKSBEHANDLER",
				"0301;2025-03;" + FNR + ";2;1;2;5;12;07;5000;250;Åse Ødegård");

		List<ParsedLine> lines = readAll(file);

		assertThat(lines).singleElement().isInstanceOf(ParsedLine.Facts.class);
		PersonMonth fact = ((ParsedLine.Facts) lines.get(0)).facts().get(0);
		assertThat(fact.sourceLine()).isEqualTo(2);
		assertThat(fact.municipality()).isEqualTo("0301");
		assertThat(fact.month()).hasToString("2025-03");
		assertThat(fact.birthYear()).isEqualTo(1990);
		assertThat(fact.gender()).isEqualTo("2");
		assertThat(fact.childrenFlag()).isEqualTo("1");
		assertThat(fact.childrenCount()).isEqualTo(2);
		assertThat(fact.amount()).isEqualTo(5250);
		assertThat(fact.personKey()).hasSize(64).doesNotContain(FNR);
	}

	@Test
	void commaWindows1252QuotedFieldsAndExcelTextProtection() throws IOException {
		Path file = write("b.csv", Charset.forName("windows-1252"), false, "\n",
				"KOMMUNE_NR,PERIODE,PERSON_DUF,PERSON_JOURNALNR,KJONN,EKTSTAT,ANTBU18,VKLO,TRYGDESIT,ARBSIT,BIDRAG,LAAN,SAKSBEHANDLER",
				"=\"0301\",2025-01,201017238203,J1,1,2,0,3,04,04,100,0,\"Ødegård, \"\"Åse\"\"\"");

		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, null)) {
			assertThat(reader.description()).isEqualTo("CSV (Windows-1252, skilletegn ',', LF)");
			ParsedLine line = reader.next();
			assertThat(line).isInstanceOf(ParsedLine.Facts.class);
			PersonMonth fact = ((ParsedLine.Facts) line).facts().get(0);
			assertThat(fact.municipality()).isEqualTo("0301");
			assertThat(fact.birthYear()).isNull();
			assertThat(fact.childrenFlag()).isEqualTo("2");
		}
	}

	@Test
	void aBadLineIsRejectedWithItsLineAndFieldButNoIdentifier() throws IOException {
		Path file = write("c.csv", StandardCharsets.UTF_8, false, "\n",
				"KOMMUNE_NR;PERIODE;PERSON_FODSELSNR;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN", "",
				"0301;2025-13;" + FNR + ";2;1;0;5;12;07;5000;0", "0301;" + FNR + ";" + FNR + ";2;1;0;5;12;07;5000;0",
				"0301;2025-02;" + FNR + ";2;1;0;5;12;07;5 000;0", "0301;2025-02;;2;1;0;5;12;07;100;0",
				"0301;2025-02;" + FNR + ";7;9;0;X;12;07;100;0");

		List<ParsedLine> lines = readAll(file);

		assertThat(lines).extracting(ParsedLine::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(lines.get(0)).isEqualTo(new ParsedLine.Blank(2));
		lines = lines.subList(1, lines.size());
		assertThat(lines.subList(0, 4)).allMatch((l) -> l instanceof ParsedLine.Rejected);
		assertThat(((ParsedLine.Rejected) lines.get(0)).reason())
			.isEqualTo("Linje 3: feltet PERIODE har '2025-13', forventet ÅÅÅÅ-MM");
		assertThat(((ParsedLine.Rejected) lines.get(1)).reason()).doesNotContain(FNR).contains("PERIODE");
		assertThat(((ParsedLine.Rejected) lines.get(2)).reason()).contains("BIDRAG");
		assertThat(((ParsedLine.Rejected) lines.get(3)).reason()).contains("mangler personidentifikasjon");
		PersonMonth invalidCodes = ((ParsedLine.Facts) lines.get(4)).facts().get(0);
		assertThat(invalidCodes.gender()).isEqualTo("7");
		assertThat(invalidCodes.incomeSource()).isEqualTo("X");
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrEmptyIsOneSentence() throws IOException {
		Path missing = write("d.csv", StandardCharsets.UTF_8, false, "\n", "KOMMUNE_NR;PERIODE;KJONN", "0301;2025-01;1");
		Path empty = write("e.csv", StandardCharsets.UTF_8, false, "\n");
		Path junk = write("f.txt", StandardCharsets.UTF_8, false, "\n", "hello world");

		assertThatThrownBy(() -> ExtractReaders.open(missing, PSEUDONYMISER, null)).isInstanceOf(InputFileException.class)
			.hasMessage("d.csv is not a CSV extract with the required columns: EKTSTAT, ANTBU18, VKLO, TRYGDESIT, ARBSIT, "
					+ "BIDRAG, LAAN, PERSON_FODSELSNR, PERSON_DUF or PERSON_JOURNALNR missing from the header.");
		assertThatThrownBy(() -> ExtractReaders.open(empty, PSEUDONYMISER, null)).hasMessage("e.csv is empty.");
		assertThatThrownBy(() -> ExtractReaders.open(junk, PSEUDONYMISER, null))
			.hasMessageStartingWith("f.txt is neither an 11F file nor a CSV extract");
	}

	@Test
	void elevenFInBothLayoutsGivesOneFactPerSupportMonth() throws IOException {
		for (int year : List.of(2024, 2025)) {
			ElevenFLayout layout = ElevenFLayout.forYear(year);
			ElevenFLineWriter line = new ElevenFLineWriter(layout);
			line.put(ElevenFField.KOMMUNE_NR, "4601");
			line.put(ElevenFField.VERSION, String.valueOf(year % 100));
			line.put(ElevenFField.PERSON_FODSELSNR, FNR);
			line.put(ElevenFField.KJONN, "2");
			line.put(ElevenFField.EKTSTAT, "1");
			line.put(ElevenFField.BU18, "2");
			line.put(ElevenFField.VKLO, "5");
			line.put(ElevenFField.STMND_3, "03");
			line.put(ElevenFField.STMND_4, "04");
			line.put(ElevenFField.STMND_5, "05");
			line.put(ElevenFField.BIDRAG, "0001000");
			line.put(ElevenFField.LAAN, "0000100");
			Path file = this.dir.resolve("x" + year + ".11f");
			Files.write(file, List.of(line.toString(), "4601" + " ".repeat(100)), StandardCharsets.ISO_8859_1);

			List<ParsedLine> lines = readAll(file);

			List<PersonMonth> facts = ((ParsedLine.Facts) lines.get(0)).facts();
			assertThat(facts).extracting((f) -> f.month().getMonthValue()).containsExactly(3, 4, 5);
			assertThat(facts).extracting(PersonMonth::bidrag).containsExactly(333L, 333L, 334L);
			assertThat(facts).extracting(PersonMonth::laan).containsExactly(33L, 33L, 34L);
			assertThat(facts.get(0).month().getYear()).isEqualTo(year);
			assertThat(((ParsedLine.Rejected) lines.get(1)).reason())
				.isEqualTo("Linje 2: linjen har 104 tegn, forventet " + layout.length() + " (" + year + "-formatet)");
		}
	}

	@Test
	void wholeFileProblemsNameTheFileOnly() throws IOException {
		Path utf16 = this.dir.resolve("utf16.csv");
		Files.writeString(utf16, "KOMMUNE_NR;PERIODE\n", StandardCharsets.UTF_16LE);
		Path shortRecord = write("short.dat", StandardCharsets.UTF_8, false, "\n", "0301" + " ".repeat(200));
		Path twice = write("twice.csv", StandardCharsets.UTF_8, false, "\n",
				"KOMMUNE_NR;PERIODE;PERSON_DUF;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN;kjonn");
		Path unclosed = write("unclosed.csv", StandardCharsets.UTF_8, false, "\n",
				"KOMMUNE_NR;PERIODE;PERSON_DUF;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN;SAKSBEHANDLER",
				"0301;2025-01;D1;1;1;0;1;01;01;1;0;ok", "0301;2025-01;D2;1;1;0;1;01;01;1;0;\"no end", "0301;2025-01");

		assertThatThrownBy(() -> ExtractReaders.open(this.dir.resolve("nope.csv"), PSEUDONYMISER, null))
			.isInstanceOf(InputFileException.class)
			.hasMessage("The input file nope.csv does not exist.");
		assertThatThrownBy(() -> ExtractReaders.open(this.dir, PSEUDONYMISER, null))
			.hasMessage("The input file " + InputFileNames.masked(this.dir.getFileName().toString()) + " is not a file.");
		assertThatThrownBy(() -> ExtractReaders.open(utf16, PSEUDONYMISER, null)).hasMessage(
				"utf16.csv looks like a UTF-16 file; save it as UTF-8 or Windows-1252 (ISO-8859-1) and try again.");
		assertThatThrownBy(() -> ExtractReaders.open(shortRecord, PSEUDONYMISER, null)).hasMessage("short.dat looks "
				+ "like an 11F file, but its first record has 204 characters; the 11F layouts have 324 (2024) or 338 "
				+ "(2025/2026).");
		assertThatThrownBy(() -> ExtractReaders.open(twice, PSEUDONYMISER, null))
			.hasMessage("twice.csv has the column KJONN twice in its header.");
		try (ExtractReader reader = ExtractReaders.open(unclosed, PSEUDONYMISER, null)) {
			assertThat(reader.next()).isInstanceOf(ParsedLine.Facts.class);
			assertThat(reader.next()).isEqualTo(new ParsedLine.Rejected(3, "Linje 3: et anførselstegn på linjen lukkes "
					+ "ikke på samme linje (en post kan ikke gå over flere linjer); linjen leses ikke"));
			assertThat(reader.next())
				.isEqualTo(new ParsedLine.Rejected(4, "Linje 4: raden har 2 felt, overskriften har 12"));
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void theEncodingIsDecidedByTheWholeFileNotItsFirstBlock() throws IOException {
		String header = "KOMMUNE_NR;PERIODE;PERSON_DUF;KJONN;EKTSTAT;ANTBU18;VKLO;TRYGDESIT;ARBSIT;BIDRAG;LAAN;SAKSBEHANDLER";
		String[] lines = new String[2001];
		lines[0] = header;
		for (int i = 1; i < 2000; i++) {
			lines[i] = "0301;2025-01;D" + i + ";1;1;0;1;01;01;100;0;Ola";
		}
		lines[2000] = "0301;2025-01;D2000;1;1;0;1;01;01;100;0;Bjørn Ærø";
		for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
			Path file = write("late.csv", charset, false, "\r\n", lines);
			assertThat(Files.size(file)).isGreaterThan(65536);
			try (CsvExtract extract = CsvExtract.open(file, null)) {
				CsvRow last = null;
				for (CsvRow row = extract.next(); row != null; row = extract.next()) {
					last = row;
				}
				assertThat(extract.description()).startsWith("CSV (" + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8"
						: "Windows-1252") + ", skilletegn ';', CRLF)");
				assertThat(last.get(CsvColumn.SAKSBEHANDLER)).isEqualTo("Bjørn Ærø");
				assertThat(last.lineNumber()).isEqualTo(2001);
			}
		}
	}

	@Test
	void theReportingYearOfACsvExtractIsTheFirstReadablePeriode() throws IOException {
		try (ExtractReader reader = ExtractReaders.open(Fixtures.file("05_ERROR_bad_values.csv"), PSEUDONYMISER,
				null)) {
			assertThat(reader.reportingYear()).isEqualTo(2025);
			assertThat(reader.next().lineNumber()).isEqualTo(2);
		}
	}

	private Path write(String name, Charset charset, boolean bom, String newline, String... lines) throws IOException {
		Path file = this.dir.resolve(name);
		byte[] body = (lines.length == 0) ? new byte[0] : (String.join(newline, lines) + newline).getBytes(charset);
		byte[] content = bom ? concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, body) : body;
		Files.write(file, content);
		return file;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] result = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, result, a.length, b.length);
		return result;
	}

	private static List<ParsedLine> readAll(Path file) throws IOException {
		List<ParsedLine> lines = new ArrayList<>();
		try (ExtractReader reader = ExtractReaders.open(file, PSEUDONYMISER, null)) {
			for (ParsedLine line = reader.next(); line != null; line = reader.next()) {
				lines.add(line);
			}
		}
		return lines;
	}

}
