package no.kostrabatch.input.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.OptionalInt;

import no.kostrabatch.input.Fodselsnummer;

/** Birth year from the fødselsnummer, else from a birth date ({@code ddMMyyyy} or {@code yyyy-MM-dd}). */
final class BirthYears {

	private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu")
		.withResolverStyle(ResolverStyle.SMART);

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
		try {
			return (date.contains("-") ? LocalDate.parse(date) : LocalDate.parse(date, DDMMYYYY)).getYear();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
