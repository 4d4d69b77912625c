package no.kostrabatch.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV extract and the 11F file of a municipality-year describe the same persons: the 11F record
 * is the per-person summary of the CSV rows.
 */
class SampleCsvAndElevenFTests {

	private static final List<ElevenFField> LATEST = List.of(ElevenFField.KJONN, ElevenFField.EKTSTAT,
			ElevenFField.BU18, ElevenFField.VKLO, ElevenFField.TRYGDESIT, ElevenFField.ARBSIT, ElevenFField.BOSIT,
			ElevenFField.GITT_OKONOMIRAD, ElevenFField.FAAT_INDIVIDUELL_PLAN, ElevenFField.SAKSBEHANDLER,
			ElevenFField.VILKARSOSLOV, ElevenFField.VILKARSAMEKT, ElevenFField.PERSON_JOURNALNR, ElevenFField.PERSON_DUF);

	@TempDir
	static Path dir;

	static Map<String, List<Map<String, String>>> csvByPerson = new TreeMap<>();

	static Map<String, ElevenFRecord> elevenFByPerson = new TreeMap<>();

	@BeforeAll
	static void generate() throws IOException {
		Path csv = dir.resolve("x.csv");
		Path elevenF = dir.resolve("x.11f");
		new SampleGenerator(3).write("1103", 2025, 400, SampleFormat.CSV, csv);
		new SampleGenerator(3).write("1103", 2025, 400, SampleFormat.ELEVEN_F, elevenF);
		for (Map<String, String> row : SampleFiles.csvRows(csv)) {
			csvByPerson.computeIfAbsent(row.get("PERSON_FODSELSNR"), (k) -> new ArrayList<>()).add(row);
		}
		for (ElevenFRecord r : SampleFiles.records(elevenF, 2025)) {
			elevenFByPerson.put(r.value(ElevenFField.PERSON_FODSELSNR), r);
		}
	}

	@Test
	void theSamePersons() {
		assertThat(csvByPerson.keySet()).hasSize(400).isEqualTo(elevenFByPerson.keySet());
	}

	@Test
	void monthlyAmountsAreTheSumsOfTheMonthsRowsAndTheYearlySumsTheSumsOfTheMonths() {
		int personsWithTwoRowsInAMonth = 0;
		for (Map.Entry<String, List<Map<String, String>>> person : csvByPerson.entrySet()) {
			ElevenFRecord r = elevenFByPerson.get(person.getKey());
			long[] bidrag = new long[13];
			long[] laan = new long[13];
			int[] rows = new int[13];
			for (Map<String, String> row : person.getValue()) {
				int month = Integer.parseInt(row.get("PERIODE").substring(5));
				bidrag[month] += Long.parseLong(row.get("BIDRAG"));
				laan[month] += Long.parseLong(row.get("LAAN"));
				rows[month]++;
			}
			long yearBidrag = 0;
			long yearLaan = 0;
			boolean twoRows = false;
			for (int m = 1; m <= 12; m++) {
				assertThat(r.amount(ElevenFField.bidragMonth(m))).isEqualTo(bidrag[m]);
				assertThat(r.amount(ElevenFField.laanMonth(m))).isEqualTo(laan[m]);
				assertThat(r.isBlank(ElevenFField.supportMonth(m))).isEqualTo(rows[m] == 0);
				yearBidrag += bidrag[m];
				yearLaan += laan[m];
				twoRows |= rows[m] > 1;
			}
			assertThat(r.amount(ElevenFField.BIDRAG)).isEqualTo(yearBidrag);
			assertThat(r.amount(ElevenFField.LAAN)).isEqualTo(yearLaan);
			personsWithTwoRowsInAMonth += twoRows ? 1 : 0;
		}
		assertThat(personsWithTwoRowsInAMonth).isEqualTo(129);
	}

	@Test
	void theElevenFRecordCarriesTheAttributesOfTheLatestMonth() {
		int changedIncomeSource = 0;
		for (Map.Entry<String, List<Map<String, String>>> person : csvByPerson.entrySet()) {
			ElevenFRecord r = elevenFByPerson.get(person.getKey());
			List<Map<String, String>> rows = person.getValue();
			Map<String, String> latest = rows.get(rows.size() - 1);
			for (ElevenFField field : LATEST) {
				assertThat(r.value(field)).as(field.name()).isEqualTo(latest.get(field.name()));
			}
			String children = latest.get("ANTBU18");
			assertThat(r.value(ElevenFField.ANTBU18)).isEqualTo("0".equals(children) ? "" : "0" + children);
			changedIncomeSource += rows.stream().map((row) -> row.get("VKLO")).distinct().count() > 1 ? 1 : 0;
		}
		assertThat(changedIncomeSource).isEqualTo(19);
	}

}
