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
 * are filled, the yearly sums are spread over the ticked months (the remainder in the last) so that
 * the sums stay exact. The attributes are the record's on every month.
 */
final class ElevenFFacts {

	private final Pseudonymiser pseudonymiser;

	ElevenFFacts(Pseudonymiser pseudonymiser) {
		this.pseudonymiser = pseudonymiser;
	}

	ParsedLine of(ElevenFRecord r, int year) {
		long line = r.lineNumber();
		String municipality = r.value(ElevenFField.KOMMUNE_NR);
		if (!Reasons.isMunicipality(municipality)) {
			return new ParsedLine.Rejected(line, Reasons.field(line, "KOMMUNE_NR", municipality,
					Reasons.MUNICIPALITY_LIKE, "en verdi som ikke er et kommunenummer", "fire sifre"));
		}
		if (!ReferenceCodes.isMunicipality(municipality, year)) {
			return new ParsedLine.Rejected(line, Reasons.unknownMunicipality(line, municipality, year));
		}
		String fnr = r.value(ElevenFField.PERSON_FODSELSNR);
		Optional<String> key = this.pseudonymiser.personKey(fnr, r.value(ElevenFField.PERSON_DUF), municipality,
				r.value(ElevenFField.PERSON_JOURNALNR));
		if (key.isEmpty()) {
			return new ParsedLine.Rejected(line, Reasons.noPerson(line));
		}
		long[] bidrag = new long[13];
		long[] laan = new long[13];
		List<Integer> months = new ArrayList<>(12);
		boolean monthlyAmounts = false;
		for (int m = 1; m <= 12; m++) {
			bidrag[m] = Math.max(0, r.amount(ElevenFField.bidragMonth(m)));
			laan[m] = Math.max(0, r.amount(ElevenFField.laanMonth(m)));
			if (bidrag[m] > ReferenceCodes.MAX_MONTHLY_AMOUNT || laan[m] > ReferenceCodes.MAX_MONTHLY_AMOUNT) {
				return new ParsedLine.Rejected(line, Reasons.tooLarge(line,
						(bidrag[m] > ReferenceCodes.MAX_MONTHLY_AMOUNT) ? ElevenFField.bidragMonth(m).name()
								: ElevenFField.laanMonth(m).name()));
			}
			monthlyAmounts |= bidrag[m] + laan[m] > 0;
			if (bidrag[m] + laan[m] > 0 || isTicked(r.value(ElevenFField.supportMonth(m)), m)) {
				months.add(m);
			}
		}
		long yearlyBidrag = Math.max(0, r.amount(ElevenFField.BIDRAG));
		long yearlyLaan = Math.max(0, r.amount(ElevenFField.LAAN));
		if (months.isEmpty()) {
			return new ParsedLine.Rejected(line, "Linje " + line + ((yearlyBidrag + yearlyLaan > 0)
					? ": BIDRAG/LAAN har beløp for året, men ingen stønadsmåned (STMND_1–STMND_12) er krysset av"
					: ": ingen stønadsmåned og ingen utbetaling"));
		}
		if (!monthlyAmounts) {
			spread(yearlyBidrag, bidrag, months);
			spread(yearlyLaan, laan, months);
		}
		return new ParsedLine.Facts(line, facts(r, year, municipality, key.get(), months, bidrag, laan));
	}

	private static List<PersonMonth> facts(ElevenFRecord r, int year, String municipality, String key,
			List<Integer> months, long[] bidrag, long[] laan) {
		String district = ReferenceCodes.district(municipality, r.value(ElevenFField.BYDELSNR));
		Integer birthYear = BirthYears.of(r.value(ElevenFField.PERSON_FODSELSNR), r.value(ElevenFField.FODSELSDATO),
				year);
		String gender = code(r, ElevenFField.KJONN);
		String civilStatus = code(r, ElevenFField.EKTSTAT);
		String childrenFlag = code(r, ElevenFField.BU18);
		Integer children = integerOrNull(r, ElevenFField.ANTBU18);
		String income = code(r, ElevenFField.VKLO);
		String benefit = code(r, ElevenFField.TRYGDESIT);
		String work = code(r, ElevenFField.ARBSIT);
		String housing = code(r, ElevenFField.BOSIT);
		List<PersonMonth> facts = new ArrayList<>(months.size());
		for (int m : months) {
			facts.add(new PersonMonth(municipality, district, YearMonth.of(year, m), key, birthYear, gender,
					civilStatus, childrenFlag, children, income, benefit, work, housing, null, bidrag[m], laan[m], true,
					r.lineNumber()));
		}
		return facts;
	}

	/** STMND_n holds its own month: "03" (or "3") for March. */
	static boolean isTicked(String value, int month) {
		int length = value.length();
		if (length == 0 || length > 2 || !Reasons.isDigits(value, 0, length)) {
			return false;
		}
		return Integer.parseInt(value) == month;
	}

	private static void spread(long total, long[] perMonth, List<Integer> months) {
		long share = total / months.size();
		for (int m : months) {
			perMonth[m] = share;
		}
		perMonth[months.get(months.size() - 1)] += total - share * months.size();
	}

	/** A count of at most three digits as SSB reads it, else {@code null} (unknown; a longer number is never stored). */
	private static Integer integerOrNull(ElevenFRecord r, ElevenFField field) {
		var value = r.integer(field);
		return (value.isPresent() && value.getAsLong() >= 0 && value.getAsLong() <= 999) ? (int) value.getAsLong() : null;
	}

	private static String code(ElevenFRecord r, ElevenFField field) {
		return ReferenceCodes.code(r.value(field));
	}

}
