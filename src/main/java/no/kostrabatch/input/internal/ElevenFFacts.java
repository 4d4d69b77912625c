package no.kostrabatch.input.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.kostrabatch.input.ElevenFField;
import no.kostrabatch.input.ElevenFRecord;
import no.kostrabatch.input.ParsedLine;
import no.kostrabatch.input.PersonMonth;
import no.kostrabatch.input.Pseudonymiser;

/**
 * Turns an 11F record (one person, one year) into one fact per support month: a month is a support
 * month when STMND_n holds its month or the month's bidrag + lån is above 0. When no monthly amounts
 * are filled, the yearly sums are spread over the ticked months so that the sums stay exact.
 */
final class ElevenFFacts {

	private final Pseudonymiser pseudonymiser;

	ElevenFFacts(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	ParsedLine of(ElevenFRecord r, int year) {
		long line = r.lineNumber();
		String municipality = r.value(ElevenFField.KOMMUNE_NR);
		if (!municipality.matches("\\d{4}")) {
			return new ParsedLine.Rejected(line, "Linje " + line + ": feltet KOMMUNE_NR har '" + municipality
					+ "', forventet fire sifre");
		}
		String fnr = r.value(ElevenFField.PERSON_FODSELSNR);
		Optional<String> key = this.pseudonymiser.personKey(fnr, r.value(ElevenFField.PERSON_DUF), municipality,
				r.value(ElevenFField.PERSON_JOURNALNR));
		if (key.isEmpty()) {
			return new ParsedLine.Rejected(line, "Linje " + line
					+ ": mangler personidentifikasjon (PERSON_FODSELSNR, PERSON_DUF og PERSON_JOURNALNR er tomme)");
		}
		long[] bidrag = new long[13];
		long[] laan = new long[13];
		List<Integer> months = new ArrayList<>();
		boolean monthlyAmounts = false;
		for (int m = 1; m <= 12; m++) {
			bidrag[m] = Math.max(0, r.amount(ElevenFField.bidragMonth(m)));
			laan[m] = Math.max(0, r.amount(ElevenFField.laanMonth(m)));
			monthlyAmounts |= bidrag[m] + laan[m] > 0;
			String ticked = r.value(ElevenFField.supportMonth(m));
			if (ticked.equals(String.format("%02d", m)) || bidrag[m] + laan[m] > 0) {
				months.add(m);
			}
		}
		if (months.isEmpty()) {
			return new ParsedLine.Rejected(line, "Linje " + line + ": ingen stønadsmåned og ingen utbetaling");
		}
		if (!monthlyAmounts) {
			spread(Math.max(0, r.amount(ElevenFField.BIDRAG)), bidrag, months);
			spread(Math.max(0, r.amount(ElevenFField.LAAN)), laan, months);
		}
		Integer birthYear = BirthYears.of(fnr, r.value(ElevenFField.FODSELSDATO), year);
		String antbu = r.value(ElevenFField.ANTBU18);
		Integer children = antbu.matches("[+-]?\\d+") ? Integer.valueOf(antbu.replace("+", "")) : null;
		List<PersonMonth> facts = new ArrayList<>(months.size());
		for (int m : months) {
			facts.add(new PersonMonth(municipality, blankToNull(r.value(ElevenFField.BYDELSNR)), YearMonth.of(year, m),
					key.get(), birthYear, blankToNull(r.value(ElevenFField.KJONN)),
					blankToNull(r.value(ElevenFField.EKTSTAT)), blankToNull(r.value(ElevenFField.BU18)), children,
					blankToNull(r.value(ElevenFField.VKLO)), blankToNull(r.value(ElevenFField.TRYGDESIT)),
					blankToNull(r.value(ElevenFField.ARBSIT)), blankToNull(r.value(ElevenFField.BOSIT)), null, bidrag[m],
					laan[m], true, line));
		}
		return new ParsedLine.Facts(line, facts);
	}

	private static void spread(long total, long[] perMonth, List<Integer> months) {
		long share = total / months.size();
		for (int m : months) {
			perMonth[m] = share;
		}
		perMonth[months.get(months.size() - 1)] += total - share * months.size();
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
