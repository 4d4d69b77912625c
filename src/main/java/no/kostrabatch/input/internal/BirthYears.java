package no.kostrabatch.input.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;

import no.kostrabatch.input.ElevenFValues;
import no.kostrabatch.input.Fodselsnummer;

/** Birth year from the fødselsnummer, else from a birth date ({@code ddMMyyyy} or {@code yyyy-MM-dd}). */
final class BirthYears {

	private BirthYears() {
	}

	static Integer of(String fodselsnummer, String birthDate, int reportingYear) {
		OptionalInt fromNumber = Fodselsnummer.birthYear(fodselsnummer.trim(), reportingYear);
		if (fromNumber.isPresent()) {
			return fromNumber.getAsInt();
		}
		String date = birthDate.trim();
		if (date.isEmpty()) {
			return null;
		}
		if (!date.contains("-")) {
			return ElevenFValues.date(date, "ddMMyyyy").map(LocalDate::getYear).orElse(null);
		}
		try {
			return LocalDate.parse(date).getYear();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
