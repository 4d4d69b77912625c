package no.kostrabatch.sample.internal;

import java.time.LocalDate;
import java.util.List;

import no.kostrabatch.input.ElevenFField;

/**
 * One synthetic recipient's year: identity, the rows of the monthly extracts (one or two per
 * support month) and the yearly 11F fields.
 */
record SamplePerson(Identity identity, List<Row> rows, Conditions conditions) {

	record Identity(String fnr, String duf, String journal, LocalDate birth, String gender, String citizenship,
			String caseWorker) {
	}

	record Attributes(String civil, String bu18, int children, String vklo, String trygdesit, String arbsit,
			String bosit) {
	}

	record Row(int month, String district, Attributes attributes, long bidrag, long laan) {
	}

	record Conditions(String okonomirad, String plan, String vilkarSosLov, String vilkarSamEkt, List<String> vilkar,
			LocalDate paidFrom, LocalDate paidTo) {

		/** The codes of the VILKAR fields as the CSV column carries them, separated by {@code |}. */
		String vilkarCodes() {
			StringBuilder codes = new StringBuilder();
			for (String field : this.vilkar) {
				codes.append((codes.length() > 0) ? "|" : "").append(ElevenFField.valueOf(field).codes().get(0));
			}
			return codes.toString();
		}

	}

	/** The row of the latest month (its last row), whose attributes the 11F record carries. */
	Row last() {
		return this.rows.get(this.rows.size() - 1);
	}

}
